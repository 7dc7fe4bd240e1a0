import {describe, expect, it} from 'vitest';
import {emptyProgress} from './schema';
import {completion, lessonStatus} from './status';

const at = '2026-11-21T00:00:00.000Z';

describe('lessonStatus', () => {
  it('is done when marked complete, in progress with a quiz attempt or a ticked step, else not started', () => {
    const progress = {
      ...emptyProgress(),
      lessons: {a: {completedAt: at}},
      quizzes: {b: {best: 1, total: 2, attempts: 1, missed: [], updatedAt: at}},
      labs: {c: {done: ['x'], updatedAt: at}, d: {done: [], updatedAt: at}},
    };
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => lessonStatus(progress, id))).toEqual(['done', 'in-progress', 'in-progress', 'not-started', 'not-started']);
  });
});

describe('completion', () => {
  it('counts done lessons and rounds the percentage', () => {
    const progress = {...emptyProgress(), lessons: {a: {completedAt: at}}};
    expect(completion(progress, ['a', 'b', 'c'])).toEqual({done: 1, total: 3, percent: 33});
    expect(completion(progress, [])).toEqual({done: 0, total: 0, percent: 0});
  });
});
