/**
 * The one saved-progress schema, versioned. Reading is forgiving: whatever is
 * valid in stored data is kept and the rest dropped, so corrupt, partial or
 * older data never breaks a page. Importing is strict: a file that is not
 * entirely valid is refused and nothing changes.
 *
 * Hand-written checks instead of zod: this runs on every page, and the
 * validator must cost a few hundred bytes, not tens of kilobytes.
 */

export const PROGRESS_VERSION = 1;
export const EXPORT_FORMAT = 'backend-devops-mastery/progress';

export interface LessonRecord {
  /** ISO timestamp of "Mark lesson complete". */
  completedAt: string;
}

export interface QuizRecord {
  /** Best number of questions right in one attempt. */
  best: number;
  /** Number of questions in the quiz at that attempt. */
  total: number;
  attempts: number;
  /** Question ids missed in the latest attempt. */
  missed: string[];
  updatedAt: string;
}

export interface LabRecord {
  /** Ids of the ticked steps. */
  done: string[];
  updatedAt: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Keyed by lesson id. */
  lessons: Record<string, LessonRecord>;
  /** Keyed by quiz key (the lesson id unless the quiz sets its own id). */
  quizzes: Record<string, QuizRecord>;
  /** Keyed by lab key (the lesson id unless the lab sets its own id). */
  labs: Record<string, LabRecord>;
}

export function emptyProgress(): Progress {
  return {version: PROGRESS_VERSION, lessons: {}, quizzes: {}, labs: {}};
}

type Check<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string' && entry.length > 0);

export const isLessonRecord: Check<LessonRecord> = (value): value is LessonRecord => isRecord(value) && isDate(value.completedAt);

export const isQuizRecord: Check<QuizRecord> = (value): value is QuizRecord =>
  isRecord(value) &&
  isCount(value.best) &&
  isCount(value.total) &&
  value.total > 0 &&
  (value.best) <= (value.total) &&
  isCount(value.attempts) &&
  isIdList(value.missed) &&
  isDate(value.updatedAt);

export const isLabRecord: Check<LabRecord> = (value): value is LabRecord =>
  isRecord(value) && isIdList(value.done) && isDate(value.updatedAt);

const SECTIONS = {lessons: isLessonRecord, quizzes: isQuizRecord, labs: isLabRecord} as const;
type Section = keyof typeof SECTIONS;

/**
 * Steps that bring data of version n to version n + 1. Version 1 is the first
 * released schema; when version 2 comes, its step goes here at index 1 and
 * PROGRESS_VERSION moves to 2.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Record<number, Migration> = {};

export function migrate(
  data: Record<string, unknown>,
  migrations: Record<number, Migration> = MIGRATIONS,
  target: number = PROGRESS_VERSION,
): Record<string, unknown> {
  let current = data;
  let version = typeof current.version === 'number' ? current.version : target;
  while (version < target) {
    const step = migrations[version];
    if (!step) break;
    current = {...step(current), version: version + 1};
    version += 1;
  }
  return current;
}

export interface SalvageResult {
  progress: Progress;
  /** Human-readable notes on what was dropped, for logs and tests. */
  dropped: string[];
}

/** Keeps every valid entry of possibly corrupt, partial or older data. Never throws. */
export function salvageProgress(raw: unknown, migrations: Record<number, Migration> = MIGRATIONS): SalvageResult {
  const progress = emptyProgress();
  const dropped: string[] = [];
  if (!isRecord(raw)) {
    if (raw !== null && raw !== undefined) dropped.push('saved progress was not an object');
    return {progress, dropped};
  }
  const data = migrate(raw, migrations);
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const entries = data[section];
    if (entries === undefined) continue;
    if (!isRecord(entries)) {
      dropped.push(`${section}: not an object`);
      continue;
    }
    for (const [key, value] of Object.entries(entries)) {
      if (SECTIONS[section](value)) {
        (progress[section] as Record<string, unknown>)[key] = value;
      } else {
        dropped.push(`${section}.${key}: invalid`);
      }
    }
  }
  return {progress, dropped};
}

export type ImportResult = {ok: true; progress: Progress} | {ok: false; error: string};

/** Strict: the whole file must be a valid export of this site, or it is refused. */
export function parseExport(text: string, migrations: Record<number, Migration> = MIGRATIONS): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {ok: false, error: 'This file is not JSON, so it cannot be a progress export.'};
  }
  if (!isRecord(parsed) || parsed.format !== EXPORT_FORMAT) {
    return {ok: false, error: 'This file is not a progress export from this course.'};
  }
  if (!isRecord(parsed.progress)) {
    return {ok: false, error: 'The file has no progress data.'};
  }
  const version = parsed.progress.version;
  if (typeof version !== 'number' || version > PROGRESS_VERSION) {
    return {ok: false, error: 'The file was saved by a newer version of the course site. Reload the page and try again.'};
  }
  const {progress, dropped} = salvageProgress(parsed.progress, migrations);
  if (dropped.length > 0) {
    return {ok: false, error: `The file is damaged (${dropped.slice(0, 3).join('; ')}${dropped.length > 3 ? '; …' : ''}).`};
  }
  return {ok: true, progress};
}

export function serializeExport(progress: Progress, now: Date = new Date()): string {
  return `${JSON.stringify({format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress}, null, 2)}\n`;
}
