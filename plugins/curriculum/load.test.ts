import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CurriculumError, buildGlobalData} from '../../src/curriculum/derive';
import {courseData, loadCurriculum} from './load';

const fixturesDir = path.resolve(__dirname, '../../tests/fixtures/curriculum');
const failingFixtures = fs
  .readdirSync(fixturesDir)
  .filter((name) => fs.existsSync(path.join(fixturesDir, name, 'expected-error.json')));

function loadFixture(name: string) {
  return loadCurriculum({siteDir: path.join(fixturesDir, name)});
}

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof CurriculumError) return error;
    throw error;
  }
  throw new Error('expected a CurriculumError, but loading succeeded');
}

describe('loadCurriculum on a valid tree', () => {
  const loaded = loadFixture('valid');

  it('reads lessons in roadmap order, electives last', () => {
    expect(loaded.lessons.map((lesson) => lesson.id)).toEqual([
      'backend-fundamentals/http-basics',
      'backend-fundamentals/caching',
      'aws/aws-iam',
      'advanced-topics/genai',
    ]);
  });

  it('derives id, phase and permalink from the file path', () => {
    const [first] = loaded.lessons;
    expect(first).toMatchObject({
      id: 'backend-fundamentals/http-basics',
      phaseId: 'backend-fundamentals',
      permalink: '/docs/backend-fundamentals/http-basics',
      file: 'docs/backend-fundamentals/http-basics.mdx',
      week: 1,
    });
  });

  it('treats top-level docs as pages, not lessons', () => {
    expect(loaded.pages.map((page) => page.id)).toEqual(['guide']);
  });

  it('gives an elective no week', () => {
    expect(loaded.lessons.at(-1)?.week).toBeNull();
  });

  it('sums week totals and lists only published lessons in global data', () => {
    const global = buildGlobalData(loaded.lessons, loaded.data);
    expect(global.weeks[0]).toMatchObject({number: 1, lessonIds: ['backend-fundamentals/http-basics'], totalMinutes: 60, phaseId: 'backend-fundamentals'});
    expect(global.weeks[2]?.lessonIds).toEqual([]);
    expect(global.phases.find((phase) => phase.id === 'gcp')?.lessonIds).toEqual([]);
    expect(global.lessons[0]).not.toHaveProperty('objectives');
  });
});

describe.each(failingFixtures)('loadCurriculum rejects the "%s" fixture', (name) => {
  const expected = JSON.parse(fs.readFileSync(path.join(fixturesDir, name, 'expected-error.json'), 'utf8')) as {
    file: string;
    field: string;
  };

  it(`names ${expected.file} and the field ${expected.field}`, () => {
    const error = problemsOf(() => loadFixture(name));
    expect(error.problems).toContainEqual(expect.objectContaining({file: expected.file, field: expected.field}));
    expect(error.message).toContain(`${expected.file} › ${expected.field}:`);
  });
});

describe('loadCurriculum on the course data', () => {
  it('rejects a week list that does not run 1 to 14', () => {
    const weeks = courseData.weeks.filter((week) => week.number !== 7);
    const error = problemsOf(() => loadCurriculum({siteDir: path.join(fixturesDir, 'valid'), data: {...courseData, weeks}}));
    expect(error.problems).toContainEqual(expect.objectContaining({file: 'src/data/weeks.ts', field: 'weeks[6].number'}));
  });

  it('rejects a phase that claims a week another phase owns', () => {
    const phases = courseData.phases.map((phase, index) => (index === 1 ? {...phase, weeks: [2, 3]} : phase));
    const error = problemsOf(() => loadCurriculum({siteDir: path.join(fixturesDir, 'valid'), data: {...courseData, phases}}));
    expect(error.problems).toContainEqual(expect.objectContaining({file: 'src/data/phases.ts', field: 'phases[1].weeks[0]'}));
  });

  it('rejects ill-typed data with its path', () => {
    const projects = [{...courseData.projects[0], weeks: [0, 4]}] as unknown as typeof courseData.projects;
    const error = problemsOf(() => loadCurriculum({siteDir: path.join(fixturesDir, 'valid'), data: {...courseData, projects}}));
    expect(error.problems).toContainEqual(expect.objectContaining({file: 'src/data/projects.ts', field: 'projects[0].weeks[0]'}));
  });

  it('accepts the real site content', () => {
    expect(() => loadCurriculum({siteDir: path.resolve(__dirname, '../..')})).not.toThrow();
  });
});
