/**
 * `npm run bench`: measures, does not judge. Prints and writes to
 * bench-results/bench.json:
 * - cold build time (no .docusaurus, no build, no bundler cache);
 * - JS and CSS bytes (raw and gzip) that the home page and a lesson page load;
 * - search: bytes fetched and time to first result for a first query;
 * - Lighthouse scores for the home page and the lesson page.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium, type Browser} from '@playwright/test';
import {build} from 'esbuild';
import {CHROMIUM_ARGS, findChromium} from '../tests/e2e/chromium';
import {loadCurriculum} from '../plugins/curriculum/load';

const siteDir = path.resolve(import.meta.dirname, '..');
const port = 4181;
const origin = `http://127.0.0.1:${port}`;
const docusaurus = path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

function coldBuild(): number {
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache']) fs.rmSync(path.join(siteDir, dir), {recursive: true, force: true});
  const started = performance.now();
  const result = spawnSync(process.execPath, [docusaurus, 'build'], {cwd: siteDir, stdio: 'inherit'});
  if (result.status !== 0) throw new Error('build failed');
  return (performance.now() - started) / 1000;
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [docusaurus, 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    cwd: siteDir,
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('docusaurus serve did not start');
}

interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

async function pageWeight(browser: Browser, pagePath: string): Promise<{js: Bytes; css: Bytes}> {
  const page = await browser.newPage();
  const bodies: {type: 'js' | 'css'; body: Promise<Buffer>}[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') bodies.push({type: type === 'script' ? 'js' : 'css', body: response.body()});
  });
  await page.goto(`${origin}${pagePath}`, {waitUntil: 'networkidle'});
  // Mermaid loads after hydration; count it on pages that draw diagrams, every time.
  for (const diagram of await page.locator('[data-diagram="mermaid"]').all()) await diagram.locator('svg').first().waitFor();
  await page.waitForLoadState('networkidle');
  const totals = {js: {raw: 0, gzip: 0, files: 0}, css: {raw: 0, gzip: 0, files: 0}};
  for (const {type, body} of bodies) {
    const buffer = await body;
    totals[type].raw += buffer.length;
    totals[type].gzip += gzipSync(buffer, {level: 9}).length;
    totals[type].files += 1;
  }
  await page.close();
  return totals;
}

async function firstSearch(browser: Browser, query: string): Promise<{bytes: number; requests: number; ms: number; results: string}> {
  const page = await browser.newPage();
  await page.goto(`${origin}/docs/getting-started/`, {waitUntil: 'networkidle'});
  let bytes = 0;
  let requests = 0;
  page.on('response', (response) => {
    if (!response.url().includes('/pagefind/')) return;
    requests += 1;
    void response.body().then((body) => {
      bytes += body.length;
    });
  });
  await page.getByRole('button', {name: /search/i}).click();
  const started = performance.now();
  await page.keyboard.type(query);
  const status = page.getByRole('dialog').getByRole('status');
  await status.filter({hasText: /results? for|No results/}).waitFor();
  const ms = performance.now() - started;
  const results = (await status.textContent()) ?? '';
  await page.waitForLoadState('networkidle');
  await page.close();
  return {bytes, requests, ms, results};
}

function directorySize(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, {withFileTypes: true}).reduce((total, entry) => {
    const full = path.join(dir, entry.name);
    return total + (entry.isDirectory() ? directorySize(full) : fs.statSync(full).size);
  }, 0);
}

/**
 * Runs the Lighthouse CLI in its own process: Lighthouse serialises functions
 * into the page, and the TypeScript loader's helpers would break them here.
 */
function lighthouseScores(url: string): Record<string, number> {
  const cli = path.join(siteDir, 'node_modules/lighthouse/cli/index.js');
  const result = spawnSync(
    process.execPath,
    [cli, url, '--output=json', '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    {cwd: siteDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, CHROME_PATH: findChromium()}},
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed for ${url}:\n${result.stderr}`);
  const report = JSON.parse(result.stdout) as {categories: Record<string, {score: number | null}>};
  return Object.fromEntries(Object.entries(report.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
}

/**
 * The learner components' own code, minified and gzipped as one bundle with
 * React and Docusaurus left out: what they add to a lesson page beyond a plain
 * docs page, without the lesson's text (which the page-to-page difference
 * also counts).
 */
async function learnerComponentsWeight(): Promise<{js: number; jsGzip: number}> {
  const modules = [
    'src/components/Quiz',
    'src/components/LabChecklist',
    'src/components/LessonHeader',
    'src/components/LessonFooter',
    'src/components/StatusIcon',
    'src/theme/MDXContent',
    'src/theme/DocItem/Paginator',
    'src/progress/store',
  ];
  const result = await build({
    stdin: {contents: modules.map((module, index) => `export * as m${index} from './${module}';`).join('\n'), resolveDir: siteDir, loader: 'ts'},
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    outdir: 'out',
    loader: {'.css': 'local-css'},
    external: ['react', 'react/*', 'react-dom', '@docusaurus/*', '@theme/*', '@theme-original/*', 'clsx'],
    alias: {'@site': siteDir},
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))!.contents;
  return {js: js.length, jsGzip: gzipSync(js, {level: 9}).length};
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const {lessons} = loadCurriculum({siteDir});
  const plainDocsPage = '/docs/getting-started/';
  const docsPage = lessons[0]?.permalink ? `${lessons[0].permalink}/` : plainDocsPage;

  console.log('Cold build…');
  const buildSeconds = coldBuild();

  const server = await startServer();
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    const home = await pageWeight(browser, '/');
    const docs = await pageWeight(browser, docsPage);
    const plain = await pageWeight(browser, plainDocsPage);
    const components = await learnerComponentsWeight();
    const search = await firstSearch(browser, 'idempotent');
    const searchIndexBytes = directorySize(path.join(siteDir, 'build/pagefind'));
    const lighthouseHome = lighthouseScores(`${origin}/`);
    const lighthouseDocs = lighthouseScores(`${origin}${docsPage}`);

    const report = {
      date: new Date().toISOString(),
      pages: fs.readFileSync(path.join(siteDir, 'build/sitemap.xml'), 'utf8').split('<loc>').length - 1,
      coldBuildSeconds: Number(buildSeconds.toFixed(1)),
      home,
      docsPage: {path: docsPage, ...docs},
      plainDocsPage: {path: plainDocsPage, ...plain},
      lessonExtraJsGzip: docs.js.gzip - plain.js.gzip,
      learnerComponents: components,
      search: {...search, ms: Math.round(search.ms), indexOnDiskBytes: searchIndexBytes},
      lighthouse: {home: lighthouseHome, docsPage: lighthouseDocs},
    };
    fs.mkdirSync(path.join(siteDir, 'bench-results'), {recursive: true});
    fs.writeFileSync(path.join(siteDir, 'bench-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);

    console.log(`\nPages in sitemap:     ${report.pages}`);
    console.log(`Cold build:           ${report.coldBuildSeconds} s`);
    for (const [label, weight] of [['Home', home], [`Lesson ${docsPage}`, docs], [`Plain docs ${plainDocsPage}`, plain]] as const) {
      console.log(`${label}:`);
      console.log(`  JS  ${kib(weight.js.raw)} raw, ${kib(weight.js.gzip)} gzip (${weight.js.files} files)`);
      console.log(`  CSS ${kib(weight.css.raw)} raw, ${kib(weight.css.gzip)} gzip (${weight.css.files} files)`);
    }
    console.log(`Lesson page JS beyond a plain docs page: ${kib(docs.js.gzip - plain.js.gzip)} gzip (lesson text included)`);
    console.log(`Learner components' own JS: ${kib(components.js)} raw, ${kib(components.jsGzip)} gzip`);
    console.log(`First search "idempotent": ${kib(search.bytes)} in ${search.requests} requests, ${Math.round(search.ms)} ms to "${search.results}"`);
    console.log(`Search index on disk: ${kib(searchIndexBytes)}`);
    console.log(`Lighthouse home:      ${JSON.stringify(lighthouseHome)}`);
    console.log(`Lighthouse docs page: ${JSON.stringify(lighthouseDocs)}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
