import {act, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {serializeExport} from './schema';
import {
  STORAGE_KEY,
  getProgress,
  importProgress,
  recordQuizAttempt,
  resetLab,
  resetProgress,
  resetProgressCacheForTests,
  setLabStep,
  setLessonComplete,
  useProgress,
} from './store';

beforeEach(() => {
  localStorage.clear();
  resetProgressCacheForTests();
});

function stored(): unknown {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
}

describe('progress store', () => {
  it('recovers from corrupt storage without throwing, keeping nothing and rewriting it clean', () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(getProgress().lessons).toEqual({});
    expect(stored()).toEqual({version: 1, lessons: {}, quizzes: {}, labs: {}});
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('keeps the valid part of partly broken storage', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({version: 1, lessons: {a: {completedAt: '2026-11-01T00:00:00Z'}, b: null}}));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(Object.keys(getProgress().lessons)).toEqual(['a']);
  });

  it('marks and unmarks a lesson complete, and persists it', () => {
    setLessonComplete('x/y', true);
    const saved = stored() as {lessons: Record<string, {completedAt: string}>};
    expect(Date.parse(saved.lessons['x/y']!.completedAt)).not.toBeNaN();
    setLessonComplete('x/y', false);
    expect(getProgress().lessons).toEqual({});
  });

  it('keeps the best quiz score across attempts, and restarts it when the quiz size changes', () => {
    recordQuizAttempt('q', 5, 8, ['a', 'b', 'c']);
    recordQuizAttempt('q', 3, 8, ['a']);
    expect(getProgress().quizzes.q).toMatchObject({best: 5, total: 8, attempts: 2, missed: ['a']});
    recordQuizAttempt('q', 4, 9, []);
    expect(getProgress().quizzes.q).toMatchObject({best: 4, total: 9, attempts: 3});
  });

  it('ticks, unticks and resets lab steps', () => {
    setLabStep('lab', 'one', true);
    setLabStep('lab', 'two', true);
    setLabStep('lab', 'one', false);
    expect(getProgress().labs.lab?.done).toEqual(['two']);
    resetLab('lab');
    expect(getProgress().labs.lab).toBeUndefined();
  });

  it('imports a valid export, and refuses an invalid one without changing anything', () => {
    setLessonComplete('keep/me', true);
    const before = structuredClone(getProgress());
    expect(importProgress('{"format":"other"}').ok).toBe(false);
    expect(getProgress()).toEqual(before);

    const exported = serializeExport({version: 1, lessons: {'a/b': {completedAt: '2026-11-01T00:00:00Z'}}, quizzes: {}, labs: {}});
    expect(importProgress(exported).ok).toBe(true);
    expect(Object.keys(getProgress().lessons)).toEqual(['a/b']);
    resetProgress();
    expect(getProgress().lessons).toEqual({});
  });
});

function Count() {
  const progress = useProgress();
  return <p>{`${Object.keys(progress.lessons).length} done`}</p>;
}

describe('useProgress', () => {
  it('renders empty progress on the server, whatever the browser has saved', () => {
    setLessonComplete('a/b', true);
    expect(renderToString(<Count />)).toContain('0 done');
  });

  it('re-renders subscribers when progress changes', () => {
    render(<Count />);
    expect(screen.getByText('0 done')).toBeInTheDocument();
    act(() => setLessonComplete('a/b', true));
    expect(screen.getByText('1 done')).toBeInTheDocument();
  });
});
