/**
 * `npm run validate`: the curriculum model (front matter and src/data, the
 * same checks the build runs) and the content checks on every doc and post.
 * Exits non-zero with one line per problem, naming file and field or line.
 */
import fs from 'node:fs';
import path from 'node:path';
import {CurriculumError, formatProblem} from '../src/curriculum/derive';
import matter from '@11ty/gray-matter';
import {listDocFiles, loadCurriculum} from '../plugins/curriculum/load';
import {lessonFrontMatterSchema} from '../src/curriculum/schema';
import {checkMarkdown, formatContentProblem} from './content-checks';

const siteDir = path.resolve(import.meta.dirname, '..');
const lines: string[] = [];

try {
  const {lessons, pages} = loadCurriculum({siteDir});
  console.log(`Curriculum: ${lessons.length} lessons, ${pages.length} guide pages, all front matter valid.`);
} catch (error) {
  if (!(error instanceof CurriculumError)) throw error;
  lines.push(...error.problems.map(formatProblem));
}

// The lesson template is never published, but contributors copy it: it must pass every check a lesson does.
const TEMPLATE = 'docs/_lesson-template.mdx';
const template = matter(fs.readFileSync(path.join(siteDir, TEMPLATE), 'utf8')).data as unknown;
const templateCheck = lessonFrontMatterSchema.safeParse(template);
if (!templateCheck.success) {
  lines.push(...templateCheck.error.issues.map((issue) => `${TEMPLATE} › ${issue.path.join('.')}: ${issue.message}`));
}

const files = [...['docs', 'blog'].flatMap((dir) => listDocFiles(path.join(siteDir, dir))), path.join(siteDir, TEMPLATE)];
for (const absolute of files) {
  const file = path.relative(siteDir, absolute);
  lines.push(...checkMarkdown(file, fs.readFileSync(absolute, 'utf8')).map(formatContentProblem));
}

if (lines.length > 0) {
  console.error(`Content validation failed with ${lines.length} problem(s):\n${lines.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(`Content checks: ${files.length} files, no problems.`);
