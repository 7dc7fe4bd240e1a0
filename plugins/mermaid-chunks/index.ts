/**
 * Keeps Mermaid and its dependencies out of Docusaurus's shared `common`
 * chunk. Mermaid loads each diagram type as its own async chunk; on a site
 * with few pages those chunks outnumber the `common` group's threshold
 * (half the page count), so ~800 KB of parser and layout code ended up in a
 * chunk every page loads. Excluding Mermaid's dependency tree from that group
 * leaves it to load only where a diagram renders.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Module} from 'webpack';

/** Every package reachable from `root` through `dependencies`, resolved from siteDir. */
export function dependencyClosure(root: string, siteDir: string): Set<string> {
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    const manifest = path.join(siteDir, 'node_modules', name, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    seen.add(name);
    const {dependencies = {}} = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {dependencies?: Record<string, string>};
    queue.push(...Object.keys(dependencies));
  }
  return seen;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches module paths inside any of the given packages (POSIX or Windows separators). */
export function packagesPattern(packages: Iterable<string>): RegExp {
  const names = [...packages].map((name) => escapeRegExp(name).replace('/', '[\\\\/]'));
  return new RegExp(`[\\\\/]node_modules[\\\\/](?:${names.join('|')})[\\\\/]`);
}

export default function mermaidChunksPlugin(context: LoadContext): Plugin {
  const mermaidPackages = dependencyClosure('mermaid', context.siteDir);
  const mermaidModule = packagesPattern(mermaidPackages);
  return {
    name: 'mermaid-chunks',
    configureWebpack(config, isServer) {
      const splitChunks = config.optimization?.splitChunks;
      if (isServer || !splitChunks || typeof splitChunks !== 'object') return {};
      const common = splitChunks.cacheGroups?.common;
      if (!common || typeof common !== 'object' || common instanceof RegExp || typeof common === 'function') return {};
      // Mutating in place keeps the rest of Docusaurus's split-chunk settings intact.
      common.test = (module: Module) => !mermaidModule.test((module as Module & {resource?: string}).resource ?? '');
      return {};
    },
  };
}
