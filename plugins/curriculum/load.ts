/**
 * Reads every document under `docs/`, validates lessons, pages and the typed
 * data in `src/data/`, and returns the lessons in roadmap order. Throws one
 * CurriculumError listing every problem, each with its file and field.
 */
import fs from 'node:fs';
import path from 'node:path';
// The front-matter parser Docusaurus itself uses, so both read a file the same way.
import matter from '@11ty/gray-matter';
import type * as z from 'zod';
import {phases} from '../../src/data/phases';
import {projects} from '../../src/data/projects';
import {weeks} from '../../src/data/weeks';
import {countParts, parseMdx} from '../mdx-components/parse';
import {CurriculumError, checkData, checkLessons, sortLessons, type Problem} from '../../src/curriculum/derive';
import {
  lessonFrontMatterSchema,
  pageFrontMatterSchema,
  phaseSchema,
  projectSchema,
  weekSchema,
} from '../../src/curriculum/schema';
import type {CurriculumData, Lesson} from '../../src/curriculum/types';

export const DOCS_ROUTE = '/docs';
const DOC_EXTENSIONS = new Set(['.md', '.mdx']);

export const DATA_FILES = {
  phases: 'src/data/phases.ts',
  weeks: 'src/data/weeks.ts',
  projects: 'src/data/projects.ts',
} as const;

export const courseData: CurriculumData = {phases, weeks, projects};

export interface Page {
  /** Docusaurus doc id, e.g. `getting-started`. */
  id: string;
  file: string;
  position: number;
}

export interface LoadOptions {
  siteDir: string;
  /** Relative to siteDir. */
  docsDir?: string;
  data?: CurriculumData;
}

export interface LoadedCurriculum {
  data: CurriculumData;
  /** In roadmap order. */
  lessons: Lesson[];
  /** Docs that are not lessons (top-level pages such as Getting Started), by sidebar_position. */
  pages: Page[];
}

/** Files Docusaurus would turn into docs: Markdown, not under `_`-prefixed names. */
export function listDocFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (DOC_EXTENSIONS.has(path.extname(entry.name))) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

function issuesToProblems(file: string, error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: prefix + (issue.path.length > 0 ? formatPath(issue.path) : '(front matter)'),
    message: issue.message,
  }));
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

function checkDataShapes(data: CurriculumData): Problem[] {
  const problems: Problem[] = [];
  const check = <T>(schema: z.ZodType<T>, items: readonly unknown[], key: keyof typeof DATA_FILES) => {
    items.forEach((item, index) => {
      const result = schema.safeParse(item);
      if (!result.success) problems.push(...issuesToProblems(DATA_FILES[key], result.error, `${key}[${index}].`));
    });
  };
  check(phaseSchema, data.phases, 'phases');
  check(weekSchema, data.weeks, 'weeks');
  check(projectSchema, data.projects, 'projects');
  return problems;
}

export function loadCurriculum({siteDir, docsDir = 'docs', data = courseData}: LoadOptions): LoadedCurriculum {
  const problems: Problem[] = [...checkDataShapes(data), ...checkData(data, DATA_FILES)];
  const phaseIds = new Set(data.phases.map((phase) => phase.id));
  const docsRoot = path.join(siteDir, docsDir);
  const lessons: Lesson[] = [];
  const pages: Page[] = [];
  const fileById = new Map<string, string>();

  for (const absolute of listDocFiles(docsRoot)) {
    const file = path.relative(siteDir, absolute).split(path.sep).join('/');
    const segments = path.relative(docsRoot, absolute).split(path.sep);
    const source = fs.readFileSync(absolute, 'utf8');
    let frontMatter: Record<string, unknown>;
    try {
      frontMatter = matter(source).data;
    } catch (error) {
      problems.push({file, field: '(front matter)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`});
      continue;
    }

    if (segments.length === 1) {
      const result = pageFrontMatterSchema.safeParse(frontMatter);
      if (!result.success) problems.push(...issuesToProblems(file, result.error));
      const position = typeof frontMatter.sidebar_position === 'number' ? frontMatter.sidebar_position : Number.POSITIVE_INFINITY;
      pages.push({id: path.basename(absolute, path.extname(absolute)), file, position});
      continue;
    }

    const [folder = '', ...rest] = segments;
    if (!phaseIds.has(folder)) {
      problems.push({
        file,
        field: '(location)',
        message: `lesson outside any phase: "docs/${folder}/" is not a phase folder (phase ids are in ${DATA_FILES.phases}: ${[...phaseIds].join(', ')})`,
      });
      continue;
    }
    if (rest.length !== 1) {
      problems.push({file, field: '(location)', message: `a lesson sits directly in its phase folder, "docs/${folder}/<lesson>.mdx"`});
      continue;
    }

    const name = path.basename(absolute, path.extname(absolute));
    const id = `${folder}/${name}`;
    const firstFile = fileById.get(id);
    if (firstFile !== undefined) {
      problems.push({file, field: '(id)', message: `duplicate lesson id "${id}", already used by ${firstFile}`});
      continue;
    }
    fileById.set(id, file);

    const result = lessonFrontMatterSchema.safeParse(frontMatter);
    if (!result.success) {
      problems.push(...issuesToProblems(file, result.error));
      continue;
    }
    const lesson = result.data;
    let parts = {labSteps: 0, quizQuestions: 0};
    try {
      parts = countParts(parseMdx(source));
    } catch {
      // Unparseable MDX is reported by the build and by content validation, with its position.
    }
    lessons.push({
      id,
      permalink: `${DOCS_ROUTE}/${id}`,
      file,
      phaseId: folder,
      title: lesson.title,
      description: lesson.description,
      week: lesson.week ?? null,
      estimatedMinutes: lesson.estimatedMinutes,
      difficulty: lesson.difficulty,
      objectives: lesson.objectives,
      prerequisites: lesson.prerequisites,
      tags: lesson.tags,
      position: lesson.sidebar_position,
      ...parts,
    });
  }

  const sorted = sortLessons(lessons, data);
  problems.push(...checkLessons(sorted));
  if (problems.length > 0) throw new CurriculumError(problems);
  pages.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return {data, lessons: sorted, pages};
}
