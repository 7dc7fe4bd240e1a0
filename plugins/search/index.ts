/**
 * Builds the Pagefind search index after the static site is written. Pagefind
 * splits the index into fragments, so a visitor's browser fetches only the
 * pieces a query needs instead of one index file for the whole course.
 * Only elements marked `data-pagefind-body` (the doc content) are indexed.
 *
 * Pagefind is run through its CLI: its Node API is ESM-only, and Docusaurus
 * loads the site config (and so this file) as CommonJS.
 */
import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import type {LoadContext, Plugin} from '@docusaurus/types';

export const SEARCH_INDEX_DIR = 'pagefind';

const run = promisify(execFile);

export default function searchIndexPlugin(context: LoadContext): Plugin {
  return {
    name: 'search-index',
    async postBuild({outDir}) {
      const cli = path.join(context.siteDir, 'node_modules', '.bin', 'pagefind');
      const args = ['--site', outDir, '--output-subdir', SEARCH_INDEX_DIR, '--force-language', 'en'];
      const {stdout} = await run(cli, args, {maxBuffer: 16 * 1024 * 1024});
      const pages = /Indexed (\d+) pages?/.exec(stdout);
      if (!pages || Number(pages[1]) === 0) {
        throw new Error(`Pagefind indexed no page (is data-pagefind-body missing from the doc layout?):\n${stdout}`);
      }
    },
  };
}
