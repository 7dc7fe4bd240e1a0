/**
 * A learner's path through the model lesson, in real Chromium on the
 * production build: quiz, lab, completion, roadmap, progress export/import,
 * and search. Quiz answers and lab steps are read from the lesson's MDX.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type BrowserContext, type Page} from '@playwright/test';
import {readLesson} from './lesson-content';
import {waitForHydration, watchPageHealth} from './page-health';

const LESSON_URL = '/docs/backend-fundamentals/http-basics/';
const {questions, steps} = readLesson('docs/backend-fundamentals/http-basics.mdx');

async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForHydration(page);
}

/** Answers every question right, except the first one, which gets a wrong answer. */
async function answerQuiz(page: Page, wrongFirst: boolean) {
  const quiz = page.getByRole('form', {name: 'Knowledge check'});
  for (const [index, question] of questions.entries()) {
    const group = quiz.getByRole('group', {name: new RegExp(`^Question ${index + 1} of ${questions.length}`)});
    const picks = wrongFirst && index === 0 ? [[...Array(question.choices).keys()].find((choice) => !question.correct.includes(choice))!] : question.correct;
    const inputs = group.locator('input');
    for (const pick of picks) await inputs.nth(pick).check();
  }
  await quiz.getByRole('button', {name: 'Check answers'}).click();
  return quiz;
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

// One learner, one browser profile: each test continues from the saved progress of the one before.
test.describe.configure({mode: 'serial'});
let learner: BrowserContext;
let page: Page;
test.beforeAll(async ({browser}) => {
  learner = await browser.newContext();
  page = await learner.newPage();
});
test.afterAll(async () => {
  await learner.close();
});

test('the quiz scores, explains, moves focus to the result, retries and keeps the best score', async ({baseURL}) => {
  const problems = watchPageHealth(page, baseURL!);
  await open(page, LESSON_URL);

  let quiz = await answerQuiz(page, true);
  const result = quiz.getByRole('status');
  await expect(result).toContainText(`You scored ${questions.length - 1} of ${questions.length}.`);
  await expect(result).toBeFocused();
  const first = quiz.getByRole('group').first();
  await expect(first).toContainText('Not quite.');
  await expect(first).toContainText('(correct answer)');
  await expect(quiz.getByRole('group').nth(1)).toContainText('Correct.');

  await quiz.getByRole('button', {name: 'Try again'}).click();
  await expect(quiz.getByRole('button', {name: 'Check answers'})).toBeVisible();
  quiz = await answerQuiz(page, false);
  await expect(quiz.getByRole('status')).toContainText(`You scored ${questions.length} of ${questions.length}.`);

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByText(`Your best score so far: ${questions.length} of ${questions.length}.`)).toBeVisible();
  expect(problems).toEqual([]);
});

test('lab ticks persist across a reload, with a progress bar', async () => {
  await open(page, LESSON_URL);
  const lab = page.getByRole('region', {name: 'Lab checklist'});
  await lab.getByRole('checkbox', {name: 'Step 1 done'}).check();
  await lab.getByRole('checkbox', {name: 'Step 3 done'}).check();
  await expect(lab).toContainText(`2 of ${steps.length} steps done`);

  await page.reload();
  await waitForHydration(page);
  await expect(lab.getByRole('checkbox', {name: 'Step 1 done'})).toBeChecked();
  await expect(lab.getByRole('checkbox', {name: 'Step 2 done'})).not.toBeChecked();
  await expect(lab.getByRole('checkbox', {name: 'Step 3 done'})).toBeChecked();
  await expect(lab.locator('progress')).toHaveAttribute('value', '2');
});

test('marking the lesson complete shows on the roadmap and the progress page', async () => {
  await open(page, LESSON_URL);
  await open(page, '/roadmap/');
  const node = page.getByRole('link', {name: /HTTP Basics/}).first();
  await expect(node).toContainText('In progress:');

  await open(page, LESSON_URL);
  const mark = page.getByRole('button', {name: 'Mark lesson complete'});
  await mark.click();
  await expect(page.getByRole('button', {name: '✓ Lesson complete'})).toHaveAttribute('aria-pressed', 'true');

  await open(page, '/roadmap/');
  await expect(page.getByRole('link', {name: /HTTP Basics/}).first()).toContainText('Done:');
  await open(page, '/progress/');
  await expect(page.getByText(/1 of 1 \(100%\)/).first()).toBeVisible();
  await expect(page.getByRole('row', {name: /HTTP Basics/}).first()).toContainText(`${questions.length} of ${questions.length}`);
});

test('progress exports, resets, imports back, and a corrupt file is refused with nothing lost', async ({browserName: _browserName}, testInfo) => {
  await open(page, '/progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', {name: 'Download progress file'}).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({format: 'backend-devops-mastery/progress'});

  await page.getByRole('button', {name: 'Reset all progress'}).click();
  await page.getByRole('button', {name: 'Yes, reset everything'}).click();
  await expect(page.getByText('0 of 1 (0%)').first()).toBeVisible();

  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(page.getByRole('status').filter({hasText: 'Progress imported'})).toBeVisible();
  await expect(page.getByText('1 of 1 (100%)').first()).toBeVisible();

  const corrupt = testInfo.outputPath('corrupt.json');
  fs.writeFileSync(corrupt, '{"format": "backend-devops-mastery/progress", "progress": {"version": 1, "lessons": {"x": 42}}}');
  await page.getByLabel('Import a progress file').setInputFiles(corrupt);
  await expect(page.getByRole('alert')).toContainText('was not imported, and your progress is unchanged');
  await expect(page.getByText('1 of 1 (100%)').first()).toBeVisible();

  await open(page, LESSON_URL);
  await expect(page.getByRole('region', {name: 'Lab checklist'}).getByRole('checkbox', {name: 'Step 3 done'})).toBeChecked();
});

test('search for "idempotent" lands on the lesson', async () => {
  await open(page, '/');
  await page.keyboard.press('/');
  await page.keyboard.type('idempotent');
  const dialog = page.getByRole('dialog', {name: 'Search the course'});
  const hit = dialog.getByRole('link', {name: /Phase 1: Backend Fundamentals · HTTP Basics/}).first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${LESSON_URL}#`));
  await expect(page.getByRole('heading', {level: 1, name: 'HTTP Basics'})).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the quiz submitted and the lab partly ticked (${colorScheme})`, async () => {
    await page.emulateMedia({colorScheme});
    await open(page, LESSON_URL);
    await page.getByRole('region', {name: 'Lab checklist'}).getByRole('checkbox', {name: 'Step 2 done'}).check();
    await answerQuiz(page, true);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(page)).toEqual([]);
    for (const url of ['/roadmap/', '/progress/']) {
      await open(page, url);
      expect(await axeViolations(page), url).toEqual([]);
    }
  });
}
