/** Parses MDX the way the site's build reads it (front matter, math, directives). */
import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {unwrapInlineChoices} from './structure';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkMath).use(remarkDirective);

export function parseMdx(source: string): Root {
  return parser.parse(source);
}

/** How many lab steps and quiz questions a lesson has, for progress totals. */
export function countParts(tree: Root): {labSteps: number; quizQuestions: number} {
  unwrapInlineChoices(tree);
  let labSteps = 0;
  let quizQuestions = 0;
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement') return;
    if (node.name === 'Step') labSteps += 1;
    if (node.name === 'Question') quizQuestions += 1;
  });
  return {labSteps, quizQuestions};
}
