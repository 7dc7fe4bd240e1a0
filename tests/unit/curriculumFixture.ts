/** Global data for component tests: the real src/data, with or without sample lessons. */
import {buildGlobalData} from '@site/src/curriculum/derive';
import type {Lesson} from '@site/src/curriculum/types';
import {phases} from '@site/src/data/phases';
import {projects} from '@site/src/data/projects';
import {weeks} from '@site/src/data/weeks';
import {setPluginData} from './doubles/useGlobalData';

export function sampleLesson(id: string, overrides: Partial<Lesson> = {}): Lesson {
  const [phaseId = ''] = id.split('/');
  return {
    id,
    permalink: `/docs/${id}`,
    file: `docs/${id}.mdx`,
    phaseId,
    title: id.split('/')[1] ?? id,
    description: 'A sample lesson.',
    week: 1,
    estimatedMinutes: 60,
    difficulty: 'beginner',
    objectives: [],
    prerequisites: [],
    tags: ['sample'],
    position: 1,
    labSteps: 0,
    quizQuestions: 0,
    ...overrides,
  };
}

/** Sets the curriculum global data from src/data and the given lessons, already in roadmap order. */
export function setCourseData(lessons: Lesson[] = []): void {
  setPluginData('curriculum', buildGlobalData(lessons, {phases, weeks, projects}));
}
