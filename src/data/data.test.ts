import {describe, expect, it} from 'vitest';
import {checkData} from '../curriculum/derive';
import {phaseSchema, projectSchema, weekSchema} from '../curriculum/schema';
import {LAST_WEEK} from '../curriculum/types';
import {phases} from './phases';
import {projects} from './projects';
import {weeks} from './weeks';

const files = {phases: 'phases', weeks: 'weeks', projects: 'projects'};

describe('course data', () => {
  it.each(phases.map((phase) => [phase.id, phase] as const))('phase %s matches the schema', (_id, phase) => {
    expect(phaseSchema.safeParse(phase).success).toBe(true);
  });

  it.each(weeks.map((week) => [week.number, week] as const))('week %i matches the schema', (_number, week) => {
    expect(weekSchema.safeParse(week).success).toBe(true);
  });

  it.each(projects.map((project) => [project.id, project] as const))('project %s matches the schema', (_id, project) => {
    expect(projectSchema.safeParse(project).success).toBe(true);
  });

  it('is consistent: 14 weeks in order, each owned by exactly one phase, projects in range', () => {
    expect(checkData({phases, weeks, projects}, files)).toEqual([]);
    expect(weeks).toHaveLength(LAST_WEEK);
  });

  it('has the four success metrics at weeks 4, 8, 12 and 14', () => {
    expect(weeks.filter((week) => 'successMetric' in week).map((week) => week.number)).toEqual([4, 8, 12, 14]);
  });

  it('runs the projects back to back over the 14 weeks', () => {
    expect(projects.map((project) => project.weeks)).toEqual([
      [1, 4],
      [5, 8],
      [9, 12],
      [13, 14],
    ]);
  });
});
