import {describe, expect, it} from 'vitest';
import {EXPORT_FORMAT, emptyProgress, migrate, parseExport, salvageProgress, serializeExport, type Progress} from './schema';

const valid: Progress = {
  version: 1,
  lessons: {'backend-fundamentals/http-basics': {completedAt: '2026-11-20T10:00:00.000Z'}},
  quizzes: {'backend-fundamentals/http-basics': {best: 7, total: 8, attempts: 2, missed: ['q3'], updatedAt: '2026-11-20T10:00:00.000Z'}},
  labs: {'backend-fundamentals/http-basics': {done: ['start-server'], updatedAt: '2026-11-20T10:00:00.000Z'}},
};

describe('salvageProgress', () => {
  it('keeps fully valid data as it is', () => {
    expect(salvageProgress(valid)).toEqual({progress: valid, dropped: []});
  });

  it('starts empty from nothing, and says nothing was dropped', () => {
    expect(salvageProgress(null)).toEqual({progress: emptyProgress(), dropped: []});
  });

  it('starts empty from a value that is not an object', () => {
    const result = salvageProgress('corrupt');
    expect(result.progress).toEqual(emptyProgress());
    expect(result.dropped).toEqual(['saved progress was not an object']);
  });

  it('keeps the valid entries of partly corrupt data and drops the rest', () => {
    const result = salvageProgress({
      version: 1,
      lessons: {good: {completedAt: '2026-11-20T10:00:00.000Z'}, bad: {completedAt: 'yesterday'}, worse: 7},
      quizzes: {over: {best: 9, total: 8, attempts: 1, missed: [], updatedAt: '2026-11-20T10:00:00.000Z'}},
      labs: 'not a map',
    });
    expect(result.progress.lessons).toEqual({good: {completedAt: '2026-11-20T10:00:00.000Z'}});
    expect(result.progress.quizzes).toEqual({});
    expect(result.progress.labs).toEqual({});
    expect(result.dropped).toEqual(['lessons.bad: invalid', 'lessons.worse: invalid', 'quizzes.over: invalid', 'labs: not an object']);
  });

  it('treats a partial object (missing sections) as valid', () => {
    expect(salvageProgress({version: 1, lessons: valid.lessons}).progress).toEqual({...emptyProgress(), lessons: valid.lessons});
  });

  it('migrates older data through each step before validating it', () => {
    // A made-up version 0 that stored completed lessons as a list.
    const fromV0 = (data: Record<string, unknown>) => ({
      lessons: Object.fromEntries((data.completed as string[]).map((id) => [id, {completedAt: '2026-01-01T00:00:00.000Z'}])),
    });
    const result = salvageProgress({version: 0, completed: ['a/b']}, {0: fromV0});
    expect(result.progress.lessons).toEqual({'a/b': {completedAt: '2026-01-01T00:00:00.000Z'}});
    expect(migrate({version: 0, completed: []}, {0: fromV0}).version).toBe(1);
  });
});

describe('parseExport and serializeExport', () => {
  it('round-trips progress', () => {
    const result = parseExport(serializeExport(valid, new Date('2026-11-21T00:00:00Z')));
    expect(result).toEqual({ok: true, progress: valid});
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['a JSON file from elsewhere', JSON.stringify({name: 'package'}), /not a progress export/],
    ['an export without progress', JSON.stringify({format: EXPORT_FORMAT}), /no progress data/],
    ['an export from a newer site', JSON.stringify({format: EXPORT_FORMAT, progress: {...valid, version: 99}}), /newer version/],
    [
      'an export with one damaged entry',
      JSON.stringify({format: EXPORT_FORMAT, progress: {...valid, labs: {x: {done: 'all', updatedAt: 'now'}}}}),
      /damaged \(labs\.x: invalid\)/,
    ],
  ])('refuses %s with a message', (_label, text, message) => {
    const result = parseExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
