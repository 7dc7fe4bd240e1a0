/**
 * Proves that bad content fails the real production build, not just the
 * loader: each fixture's docs/ replaces the site's in a scratch copy of the
 * site, `docusaurus build` runs, and its output must name the file and field.
 * The valid fixture is the control: the same harness builds it successfully.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const siteDir = path.resolve(__dirname, '../..');
const fixturesDir = path.join(siteDir, 'tests/fixtures/curriculum');
const componentFixturesDir = path.join(siteDir, 'tests/fixtures/components');
const docusaurusBin = path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const scratchDirs: string[] = [];

function siteWithDocs(fixture: string, from = fixturesDir): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `course-${fixture}-`));
  scratchDirs.push(dir);
  for (const shared of ['node_modules', 'src', 'plugins', 'static']) {
    fs.symlinkSync(path.join(siteDir, shared), path.join(dir, shared));
  }
  // Content is copied, not linked: the MDX loaders match content by its real path.
  fs.cpSync(path.join(siteDir, 'blog'), path.join(dir, 'blog'), {recursive: true});
  for (const file of ['package.json', 'tsconfig.json', 'docusaurus.config.ts', 'sidebars.ts']) {
    fs.copyFileSync(path.join(siteDir, file), path.join(dir, file));
  }
  fs.cpSync(path.join(from, fixture, 'docs'), path.join(dir, 'docs'), {recursive: true});
  // The fixture site has no Getting Started page, which the navbar and footer link to.
  fs.copyFileSync(path.join(siteDir, 'docs/getting-started.mdx'), path.join(dir, 'docs/getting-started.mdx'));
  return dir;
}

function build(dir: string) {
  const result = spawnSync(process.execPath, [docusaurusBin, 'build', '--out-dir', path.join(dir, 'build')], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000,
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
  });
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

afterAll(() => {
  for (const dir of scratchDirs) fs.rmSync(dir, {recursive: true, force: true});
});

const failing = fs.readdirSync(fixturesDir).filter((name) => fs.existsSync(path.join(fixturesDir, name, 'expected-error.json')));

describe('the production build', () => {
  it('builds the valid fixture (the harness itself works)', {timeout: 240_000}, () => {
    const {status, output} = build(siteWithDocs('valid'));
    expect(output).toContain('[SUCCESS] Generated static files');
    expect(status).toBe(0);
  });

  it.each(failing)('fails on the "%s" fixture, naming the file and field', {timeout: 120_000}, (fixture) => {
    const expected = JSON.parse(fs.readFileSync(path.join(fixturesDir, fixture, 'expected-error.json'), 'utf8')) as {file: string; field: string};
    const {status, output} = build(siteWithDocs(fixture));
    expect(status).not.toBe(0);
    expect(output).toContain(`${expected.file} › ${expected.field}:`);
  });

  it('fails on a quiz question without a right answer, naming the file, line and question', {timeout: 240_000}, () => {
    const {status, output} = build(siteWithDocs('malformed-quiz', componentFixturesDir));
    expect(status).not.toBe(0);
    expect(output).toMatch(/docs\/backend-fundamentals\/http-basics\.mdx:\d+ › quiz question "safe-method": no right answer/);
  });
});
