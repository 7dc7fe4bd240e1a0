/** Course search on the production build: keyboard, results with lesson and section, landing on the heading. */
import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {waitForHydration, watchPageHealth} from './page-health';

test('search finds a section by keyboard and lands on its heading', async ({page, baseURL}) => {
  const problems = watchPageHealth(page, baseURL!);
  await page.goto('/');
  await waitForHydration(page);

  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', {name: 'Search the course'});
  await expect(dialog).toBeVisible();
  await page.keyboard.type('budget alert');

  await expect(dialog.getByRole('status')).toContainText(/\d+ results? for “budget alert”/);
  const first = dialog.getByRole('link').first();
  await expect(first).toContainText('Guide · Getting Started');
  const axe = await new AxeBuilder({page}).include('dialog').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/getting-started\/#[\w-]+/);
  await expect(dialog).toBeHidden();
  expect(problems).toEqual([]);
});

test('the search index is fetched in fragments, from this site, only when search is used', async ({page, baseURL}) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) indexRequests.push(request.url());
  });
  await page.goto('/docs/getting-started/');
  await waitForHydration(page);
  expect(indexRequests, 'no index download before the learner searches').toEqual([]);

  await page.getByRole('button', {name: /search/i}).click();
  await page.keyboard.type('kubectl');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('kubectl');
  expect(indexRequests.every((url) => url.startsWith(baseURL!))).toBe(true);
  expect(indexRequests.some((url) => url.includes('/pagefind/fragment/'))).toBe(true);
});
