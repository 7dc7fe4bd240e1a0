/**
 * The curriculum model. Facts are authored in two places only: a lesson's own
 * facts in its front matter, phase/week/project facts in `src/data/`. Everything
 * below that is derived (order, week totals, lesson lists) is computed once, at
 * build time, by the curriculum plugin.
 */

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const FIRST_WEEK = 1;
export const LAST_WEEK = 14;

export interface Phase {
  /** Also the folder under `docs/` that holds the phase's lessons. */
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** The roadmap weeks the phase spans, ascending. */
  readonly weeks: readonly number[];
  readonly goal: string;
}

export interface Week {
  readonly number: number;
  readonly title: string;
  readonly goals: readonly string[];
  readonly projectMilestone: string;
  /** Set on the milestone-gate weeks (4, 8, 12, 14). */
  readonly successMetric?: string;
}

export interface Project {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** First and last week, inclusive. */
  readonly weeks: readonly [number, number];
  readonly summary: string;
  readonly stack: readonly string[];
}

export interface CurriculumData {
  readonly phases: readonly Phase[];
  readonly weeks: readonly Week[];
  readonly projects: readonly Project[];
}

/** A lesson as the plugin reads it: front matter plus what its path tells. */
export interface Lesson {
  /** `<phase id>/<file name>`, e.g. `backend-fundamentals/http-basics`. */
  id: string;
  /** Site-relative route without the base URL, e.g. `/docs/backend-fundamentals/http-basics`. */
  permalink: string;
  /** Path relative to the site directory, for error messages. */
  file: string;
  phaseId: string;
  title: string;
  description: string;
  /** `null` for an elective, which belongs to no week. */
  week: number | null;
  estimatedMinutes: number;
  difficulty: Difficulty;
  objectives: string[];
  prerequisites: string[];
  tags: string[];
  /** Order among lessons of the same week and phase. */
  position: number;
  /** Steps in the lesson's lab checklist (0 if it has none). */
  labSteps: number;
  /** Questions in the lesson's quiz (0 if it has none). */
  quizQuestions: number;
}

/**
 * What pages and components receive as global data. Objectives stay out: they
 * are shown only on the lesson's own page, which already has its front matter,
 * and every byte here ships with every page.
 */
export type LessonSummary = Omit<Lesson, 'objectives' | 'file'>;

export interface PhaseView extends Phase {
  /** Published lessons of the phase, in roadmap order. */
  lessonIds: string[];
}

export interface WeekView extends Week {
  phaseId: string;
  /** Published lessons of the week, in roadmap order. */
  lessonIds: string[];
  /** Sum of the published lessons' estimated minutes. */
  totalMinutes: number;
}

export interface CurriculumGlobalData {
  phases: PhaseView[];
  weeks: WeekView[];
  /** In roadmap order: week, then phase, then position. Electives last. */
  lessons: LessonSummary[];
  projects: Project[];
}
