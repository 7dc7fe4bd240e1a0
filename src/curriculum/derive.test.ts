import {describe, expect, it} from 'vitest';
import {checkLessons, sortLessons} from './derive';
import {sampleLesson} from '@site/tests/unit/curriculumFixture';
import type {CurriculumData, Lesson} from './types';

const data: CurriculumData = {
  phases: [
    {id: 'one', number: 1, title: 'One', weeks: [1, 2], goal: 'g'},
    {id: 'ten', number: 2, title: 'Ten', weeks: [3], goal: 'g'},
  ],
  weeks: [],
  projects: [],
};

function lesson(id: string, overrides: Partial<Lesson> = {}): Lesson {
  return sampleLesson(id, {estimatedMinutes: 30, tags: ['t'], ...overrides});
}

describe('sortLessons', () => {
  it('orders by week, then phase, then position; electives last', () => {
    const sorted = sortLessons(
      [
        lesson('ten/elective', {week: null}),
        lesson('ten/perf', {week: 2, position: 1}),
        lesson('one/b', {week: 2, position: 2}),
        lesson('one/a', {week: 1, position: 5}),
        lesson('one/c', {week: 2, position: 1}),
      ],
      data,
    );
    expect(sorted.map((entry) => entry.id)).toEqual(['one/a', 'one/c', 'one/b', 'ten/perf', 'ten/elective']);
  });
});

describe('checkLessons', () => {
  it('accepts a prerequisite earlier in the same week', () => {
    const sorted = [lesson('one/a'), lesson('one/b', {position: 2, prerequisites: ['one/a']})];
    expect(checkLessons(sorted)).toEqual([]);
  });

  it('rejects a lesson that requires itself', () => {
    expect(checkLessons([lesson('one/a', {prerequisites: ['one/a']})])).toEqual([
      {file: 'docs/one/a.mdx', field: 'prerequisites[0]', message: 'a lesson cannot be its own prerequisite'},
    ]);
  });

  it('rejects a weekly lesson that requires an elective', () => {
    const sorted = [lesson('one/a', {prerequisites: ['ten/e']}), lesson('ten/e', {week: null})];
    expect(checkLessons(sorted)[0]?.message).toMatch(/taught later \(as an elective\)/);
  });
});
