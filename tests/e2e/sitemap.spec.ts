/**
 * Visits every URL in the built sitemap twice, in light mode on a desktop
 * screen and in dark mode on a 375 px phone screen, and fails on any console
 * error, failed request, third-party request or axe violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {waitForHydration, watchPageHealth} from './page-health';

const sitemap = fs.readFileSync(path.resolve(__dirname, '../../build/sitemap.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

test('the sitemap lists the site’s pages', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/docs/getting-started/');
  expect(paths.length).toBeGreaterThan(3);
});

const modes = [
  {colorScheme: 'light', viewport: {width: 1280, height: 900}},
  {colorScheme: 'dark', viewport: {width: 375, height: 812}},
] as const;

for (const {colorScheme, viewport} of modes) {
  test.describe(`${colorScheme} mode at ${viewport.width} px`, () => {
    test.use({colorScheme, viewport});

    for (const pagePath of paths) {
      test(`${pagePath} loads cleanly and passes axe`, async ({page, baseURL}) => {
        const problems = watchPageHealth(page, baseURL!);
        await page.goto(pagePath, {waitUntil: 'networkidle'});
        await waitForHydration(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // Mermaid renders after hydration: every diagram must finish (and be checked by axe).
        const diagrams = page.locator('[data-diagram="mermaid"]');
        for (const diagram of await diagrams.all()) await expect(diagram.locator('svg').first()).toBeVisible();

        const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const violations = axe.violations.map(
          (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(violations, 'axe violations').toEqual([]);
        expect(problems, 'console errors and failed requests').toEqual([]);
      });
    }
  });
}
