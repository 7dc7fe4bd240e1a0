/**
 * The only module that touches saved progress. It reads localStorage once,
 * keeps what is valid, writes back on change, and lets components subscribe.
 * On the server and during hydration every component sees empty progress, so
 * the first client render matches the HTML; saved progress appears right after.
 */
import {useSyncExternalStore} from 'react';
import {emptyProgress, parseExport, salvageProgress, serializeExport, type ImportResult, type Progress} from './schema';

export const STORAGE_KEY = 'backend-devops-mastery:progress';

const SERVER_SNAPSHOT: Progress = emptyProgress();
const listeners = new Set<() => void>();
let current: Progress | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be blocked (privacy settings); progress then lives for the page only.
    return null;
  }
}

function load(): Progress {
  const store = storage();
  let raw: unknown = null;
  const text = store?.getItem(STORAGE_KEY) ?? null;
  if (text !== null) {
    try {
      raw = JSON.parse(text);
    } catch {
      raw = 'corrupt';
    }
  }
  const {progress, dropped} = salvageProgress(raw);
  if (dropped.length > 0) {
    console.warn(`Saved progress had invalid parts, which were dropped: ${dropped.join('; ')}`);
    save(progress);
  }
  return progress;
}

function save(progress: Progress): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Quota or privacy mode: keep the in-memory copy.
  }
}

export function getProgress(): Progress {
  current ??= load();
  return current;
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** Replaces progress with `next` (an updater gets the current value). */
export function updateProgress(next: Progress | ((previous: Progress) => Progress)): void {
  current = typeof next === 'function' ? next(getProgress()) : next;
  save(current);
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    // Another tab changed progress: re-read it.
    if (event.key === STORAGE_KEY || event.key === null) {
      current = null;
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, getProgress, () => SERVER_SNAPSHOT);
}

const now = () => new Date().toISOString();

export function setLessonComplete(lessonId: string, complete: boolean): void {
  updateProgress((previous) => {
    const lessons = {...previous.lessons};
    if (complete) lessons[lessonId] = {completedAt: now()};
    else delete lessons[lessonId];
    return {...previous, lessons};
  });
}

export function recordQuizAttempt(quizKey: string, score: number, total: number, missed: string[]): void {
  updateProgress((previous) => {
    const before = previous.quizzes[quizKey];
    // A best score from an older, differently sized quiz is not comparable.
    const best = before && before.total === total ? Math.max(before.best, score) : score;
    return {
      ...previous,
      quizzes: {...previous.quizzes, [quizKey]: {best, total, attempts: (before?.attempts ?? 0) + 1, missed, updatedAt: now()}},
    };
  });
}

export function setLabStep(labKey: string, stepId: string, done: boolean): void {
  updateProgress((previous) => {
    const ticked = new Set(previous.labs[labKey]?.done ?? []);
    if (done) ticked.add(stepId);
    else ticked.delete(stepId);
    return {...previous, labs: {...previous.labs, [labKey]: {done: [...ticked], updatedAt: now()}}};
  });
}

export function resetLab(labKey: string): void {
  updateProgress((previous) => {
    const labs = {...previous.labs};
    delete labs[labKey];
    return {...previous, labs};
  });
}

export function resetProgress(): void {
  updateProgress(emptyProgress());
}

export function exportProgress(): string {
  return serializeExport(getProgress());
}

/** Replaces progress with the file's only if the whole file is valid. */
export function importProgress(text: string): ImportResult {
  const result = parseExport(text);
  if (result.ok) updateProgress(result.progress);
  return result;
}

/** For tests: forget the in-memory copy so the next read comes from storage. */
export function resetProgressCacheForTests(): void {
  current = null;
}
