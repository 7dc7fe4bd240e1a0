/**
 * Pure derivations and cross-checks over the curriculum model. No file system
 * here, so the same code runs in the plugin, in scripts and in unit tests.
 */
import {FIRST_WEEK, LAST_WEEK} from './types';
import type {
  CurriculumData,
  CurriculumGlobalData,
  Lesson,
  LessonSummary,
  PhaseView,
  WeekView,
} from './types';

/** One thing wrong with the content, located by file and field. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export class CurriculumError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      `Curriculum validation failed with ${problems.length} problem(s):\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'CurriculumError';
    this.problems = problems;
  }
}

export function formatProblem({file, field, message}: Problem): string {
  return `${file} › ${field}: ${message}`;
}

/**
 * Roadmap order: by week, then by phase, then by position within the week.
 * Electives (no week) come after every weekly lesson, in phase order.
 */
export function compareRoadmapOrder(
  phaseIndex: ReadonlyMap<string, number>,
): (a: Lesson, b: Lesson) => number {
  const weekKey = (lesson: Lesson) => lesson.week ?? Number.POSITIVE_INFINITY;
  return (a, b) =>
    weekKey(a) - weekKey(b) ||
    (phaseIndex.get(a.phaseId) ?? 0) - (phaseIndex.get(b.phaseId) ?? 0) ||
    a.position - b.position ||
    a.id.localeCompare(b.id);
}

export function sortLessons(lessons: readonly Lesson[], data: CurriculumData): Lesson[] {
  const phaseIndex = new Map(data.phases.map((phase, index) => [phase.id, index]));
  return [...lessons].sort(compareRoadmapOrder(phaseIndex));
}

/** Checks that the phase, week and project data agree with each other. */
export function checkData(data: CurriculumData, files: {phases: string; weeks: string; projects: string}): Problem[] {
  const problems: Problem[] = [];
  const expectedWeeks = Array.from({length: LAST_WEEK - FIRST_WEEK + 1}, (_, i) => FIRST_WEEK + i);

  data.weeks.forEach((week, index) => {
    if (week.number !== expectedWeeks[index]) {
      problems.push({
        file: files.weeks,
        field: `weeks[${index}].number`,
        message: `expected week ${expectedWeeks[index] ?? '(none)'}: weeks must run from ${FIRST_WEEK} to ${LAST_WEEK} in order`,
      });
    }
  });
  if (data.weeks.length !== expectedWeeks.length) {
    problems.push({
      file: files.weeks,
      field: 'weeks',
      message: `must list exactly ${expectedWeeks.length} weeks, found ${data.weeks.length}`,
    });
  }

  const owner = new Map<number, string>();
  data.phases.forEach((phase, index) => {
    if (phase.number !== index + 1) {
      problems.push({file: files.phases, field: `phases[${index}].number`, message: `expected ${index + 1}: phases are numbered in order`});
    }
    phase.weeks.forEach((week, weekIndex) => {
      const previous = owner.get(week);
      if (previous !== undefined) {
        problems.push({
          file: files.phases,
          field: `phases[${index}].weeks[${weekIndex}]`,
          message: `week ${week} already belongs to phase "${previous}"`,
        });
      }
      owner.set(week, phase.id);
    });
  });
  for (const week of expectedWeeks) {
    if (!owner.has(week)) {
      problems.push({file: files.phases, field: 'phases', message: `no phase covers week ${week}`});
    }
  }

  data.projects.forEach((project, index) => {
    const [first, last] = project.weeks;
    if (first > last) {
      problems.push({file: files.projects, field: `projects[${index}].weeks`, message: `starts (week ${first}) after it ends (week ${last})`});
    }
  });
  return problems;
}

/** Checks the relations between lessons: ids, prerequisites and their order. */
export function checkLessons(sorted: readonly Lesson[]): Problem[] {
  const problems: Problem[] = [];
  const indexById = new Map<string, number>();
  sorted.forEach((lesson, index) => {
    if (!indexById.has(lesson.id)) indexById.set(lesson.id, index);
  });

  sorted.forEach((lesson, index) => {
    lesson.prerequisites.forEach((prerequisite, prerequisiteIndex) => {
      const field = `prerequisites[${prerequisiteIndex}]`;
      const prerequisiteAt = indexById.get(prerequisite);
      if (prerequisiteAt === undefined) {
        problems.push({file: lesson.file, field, message: `unknown lesson id "${prerequisite}"`});
      } else if (prerequisite === lesson.id) {
        problems.push({file: lesson.file, field, message: 'a lesson cannot be its own prerequisite'});
      } else if (prerequisiteAt > index) {
        const later = sorted[prerequisiteAt];
        const when = later?.week === null ? 'as an elective' : `in week ${later?.week ?? '?'}`;
        problems.push({
          file: lesson.file,
          field,
          message: `"${prerequisite}" is taught later (${when}) than this lesson (${lesson.week === null ? 'elective' : `week ${lesson.week}`}); a prerequisite must come first`,
        });
      }
    });
  });
  return problems;
}

export function toSummary({objectives: _objectives, file: _file, ...summary}: Lesson): LessonSummary {
  return summary;
}

/** The global data pages receive: lessons in order, phases and weeks with their lessons. */
export function buildGlobalData(sorted: readonly Lesson[], data: CurriculumData): CurriculumGlobalData {
  const phaseOfWeek = new Map<number, string>();
  for (const phase of data.phases) for (const week of phase.weeks) phaseOfWeek.set(week, phase.id);

  const phases: PhaseView[] = data.phases.map((phase) => ({
    ...phase,
    weeks: [...phase.weeks],
    lessonIds: sorted.filter((lesson) => lesson.phaseId === phase.id).map((lesson) => lesson.id),
  }));
  const weeks: WeekView[] = data.weeks.map((week) => {
    const lessons = sorted.filter((lesson) => lesson.week === week.number);
    return {
      ...week,
      goals: [...week.goals],
      phaseId: phaseOfWeek.get(week.number) ?? '',
      lessonIds: lessons.map((lesson) => lesson.id),
      totalMinutes: lessons.reduce((total, lesson) => total + lesson.estimatedMinutes, 0),
    };
  });
  return {
    phases,
    weeks,
    lessons: sorted.map(toSummary),
    projects: data.projects.map((project) => ({...project, stack: [...project.stack]})),
  };
}
