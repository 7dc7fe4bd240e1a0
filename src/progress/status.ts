/** What saved progress means for a lesson, a week or a phase. */
import type {Progress} from './schema';

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export const STATUS_LABEL: Record<LessonStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

export function lessonStatus(progress: Progress, lessonId: string): LessonStatus {
  if (progress.lessons[lessonId]) return 'done';
  const startedLab = (progress.labs[lessonId]?.done.length ?? 0) > 0;
  return startedLab || progress.quizzes[lessonId] ? 'in-progress' : 'not-started';
}

export interface Completion {
  done: number;
  total: number;
  /** Whole percent, 0 when there is nothing to do. */
  percent: number;
}

export function completion(progress: Progress, lessonIds: readonly string[]): Completion {
  const done = lessonIds.filter((id) => progress.lessons[id]).length;
  const total = lessonIds.length;
  return {done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100)};
}
