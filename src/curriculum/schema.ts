/**
 * zod schemas for everything the curriculum plugin reads. Messages are written
 * for a contributor who sees them in a failed build next to the file and field.
 */
import * as z from 'zod';
import {DIFFICULTIES, FIRST_WEEK, LAST_WEEK} from './types';

const weekNumber = z
  .number({error: `must be a whole number from ${FIRST_WEEK} to ${LAST_WEEK}`})
  .int({error: `must be a whole number from ${FIRST_WEEK} to ${LAST_WEEK}`})
  .min(FIRST_WEEK, {error: `must be a week from ${FIRST_WEEK} to ${LAST_WEEK}`})
  .max(LAST_WEEK, {error: `must be a week from ${FIRST_WEEK} to ${LAST_WEEK}`});

const text = z.string({error: 'must be text'}).trim().min(1, {error: 'must not be empty'});

export const lessonFrontMatterSchema = z
  .looseObject({
    title: text,
    description: text.max(160, {error: 'must be at most 160 characters'}),
    week: weekNumber.optional(),
    elective: z.boolean({error: 'must be true or false'}).optional(),
    estimatedMinutes: z
      .number({error: 'must be a whole number of minutes'})
      .int({error: 'must be a whole number of minutes'})
      .min(5, {error: 'must be at least 5'})
      .max(900, {error: 'must be at most 900 (split the lesson)'}),
    difficulty: z.enum(DIFFICULTIES, {error: `must be one of: ${DIFFICULTIES.join(', ')}`}),
    objectives: z
      .array(text, {error: 'must be a list of outcomes'})
      .min(3, {error: 'must list 3 to 6 outcomes'})
      .max(6, {error: 'must list 3 to 6 outcomes'}),
    prerequisites: z.array(text, {error: 'must be a list of lesson ids'}).default([]),
    tags: z.array(text, {error: 'must be a list of tags'}).min(1, {error: 'must name at least one tag'}),
    sidebar_position: z.number({error: 'must be a number (the order within the week)'}),
    // A lesson's id and URL come from its file path; overriding them would break
    // prerequisites and saved progress that refer to the id.
    id: z.never({error: 'is not allowed: a lesson id comes from its file path'}).optional(),
    slug: z.never({error: 'is not allowed: a lesson URL comes from its file path'}).optional(),
  })
  .superRefine((frontMatter, context) => {
    if (frontMatter.week === undefined && frontMatter.elective !== true) {
      context.addIssue({
        code: 'custom',
        path: ['week'],
        message: `is required (a week from ${FIRST_WEEK} to ${LAST_WEEK}), unless the lesson sets elective: true`,
      });
    }
    if (frontMatter.week !== undefined && frontMatter.elective === true) {
      context.addIssue({code: 'custom', path: ['elective'], message: 'an elective has no week: remove one of the two'});
    }
  });

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

/** Pages under `docs/` that are not lessons (Getting Started, guides). */
export const pageFrontMatterSchema = z.looseObject({
  title: text,
  description: text.max(160, {error: 'must be at most 160 characters'}),
});

export const phaseSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {error: 'must be kebab-case (it is a folder name)'}),
  number: z.number().int().positive(),
  title: text,
  weeks: z.array(weekNumber).min(1),
  goal: text,
});

export const weekSchema = z.object({
  number: weekNumber,
  title: text,
  goals: z.array(text).min(1),
  projectMilestone: text,
  successMetric: text.optional(),
});

export const projectSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {error: 'must be kebab-case'}),
  number: z.number().int().positive(),
  title: text,
  weeks: z.tuple([weekNumber, weekNumber]),
  summary: text,
  stack: z.array(text).min(1),
});
