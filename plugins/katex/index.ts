/**
 * Serves KaTeX's stylesheet and fonts from this site (never a CDN), at
 * `<baseUrl>katex/`. The files are copied from the installed `katex` package
 * into a generated folder that the config lists as a static directory, so
 * the dev server and the build both serve them and nothing vendored is committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Relative to the site directory; listed in `staticDirectories`. */
export const KATEX_STATIC_DIR = 'node_modules/.cache/katex-static';

export function copyKatexAssets(siteDir: string): string {
  const dist = path.join(path.dirname(require.resolve('katex/package.json', {paths: [siteDir]})), 'dist');
  const target = path.join(siteDir, KATEX_STATIC_DIR, 'katex');
  fs.rmSync(target, {recursive: true, force: true});
  fs.mkdirSync(target, {recursive: true});
  fs.copyFileSync(path.join(dist, 'katex.min.css'), path.join(target, 'katex.min.css'));
  fs.cpSync(path.join(dist, 'fonts'), path.join(target, 'fonts'), {recursive: true});
  return target;
}

export default function katexAssetsPlugin(context: LoadContext): Plugin {
  // At plugin creation, before static directories are read by the dev server or the bundler.
  copyKatexAssets(context.siteDir);
  return {name: 'katex-assets'};
}
