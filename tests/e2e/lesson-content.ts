/** Reads a lesson's quiz answers and lab steps from its MDX, so tests follow the content. */
import fs from 'node:fs';
import path from 'node:path';
import type {MdxJsxFlowElement} from 'mdast-util-mdx';
import {visit} from 'unist-util-visit';
import {parseMdx} from '../../plugins/mdx-components/parse';
import {unwrapInlineChoices} from '../../plugins/mdx-components/structure';

export interface QuizKey {
  id: string;
  correct: number[];
  choices: number;
}

function hasAttribute(node: MdxJsxFlowElement, name: string): boolean {
  return node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && (attribute).name === name);
}

export function readLesson(file: string): {questions: QuizKey[]; steps: string[]} {
  const tree = parseMdx(fs.readFileSync(path.resolve(__dirname, '../..', file), 'utf8'));
  unwrapInlineChoices(tree);
  const questions: QuizKey[] = [];
  const steps: string[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
    if (node.name === 'Question' && typeof id === 'string') {
      const choices = node.children.filter((child): child is MdxJsxFlowElement => child.type === 'mdxJsxFlowElement' && child.name === 'Choice');
      questions.push({id, choices: choices.length, correct: choices.flatMap((choice, index) => (hasAttribute(choice, 'correct') ? [index] : []))});
    }
    if (node.name === 'Step' && typeof id === 'string') steps.push(id);
  });
  return {questions, steps};
}
