/** Heavy assets load only where a page needs them. */
import {expect, test} from '@playwright/test';
import {waitForHydration} from './page-health';

test('a page with math links the self-hosted KaTeX stylesheet and renders its formulas', async ({page}) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet' || request.resourceType() === 'font') stylesheets.push(new URL(request.url()).pathname);
  });
  await page.goto('/blog/how-to-use-this-curriculum/');
  await waitForHydration(page);
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(stylesheets).toContain('/katex/katex.min.css');
  // KaTeX's own fonts, not the fallback: the formula is drawn with KaTeX_Main.
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
});

test('a page without math or diagrams loads neither KaTeX nor Mermaid', async ({page}) => {
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/docs/getting-started/', {waitUntil: 'networkidle'});
  await waitForHydration(page);
  expect(stylesheets.filter((url) => url.includes('katex'))).toEqual([]);
  const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  const withMermaid = scripts.filter((_url, index) => /chevrotain|flowchart-v2|mermaid-js/.test(bodies[index] ?? ''));
  expect(withMermaid, 'scripts that carry Mermaid code').toEqual([]);
});

test('code tabs render only the selected language and switch on demand', async ({page}) => {
  await page.goto('/docs/backend-fundamentals/http-basics/');
  await waitForHydration(page);
  const tabs = page.getByRole('tablist').first();
  await expect(tabs.getByRole('tab', {name: 'Go'})).toHaveAttribute('aria-selected', 'true');
  expect(await page.locator('code', {hasText: "from 'node:http'"}).count()).toBe(0);
  await tabs.getByRole('tab', {name: 'TypeScript'}).click();
  await expect(page.locator('code', {hasText: "from 'node:http'"}).first()).toBeVisible();
});
