/**
 * The authoring contract for quizzes and lab checklists, checked on the MDX
 * syntax tree (by the build and by `npm run validate`):
 * - <Quiz> holds <Question id="…"> elements only; ids are kebab-case and unique;
 *   each question has at least two <Choice>, at least one <Choice correct>,
 *   and exactly one non-empty <Explanation>;
 * - <LabChecklist> holds at least one <Step id="…">, ids kebab-case and unique;
 * - parts never appear outside their parent, and a page with two quizzes
 *   (or two labs) gives each an id, since progress is saved by that id.
 */
import type {Root, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx';
import {toString} from 'mdast-util-to-string';
import {visitParents} from 'unist-util-visit-parents';

export interface StructureProblem {
  line: number;
  message: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARENT_OF: Record<string, string> = {Question: 'Quiz', Choice: 'Question', Explanation: 'Question', Step: 'LabChecklist'};

function isElement(node: RootContent | Root, name?: string): node is MdxJsxFlowElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || (node as MdxJsxFlowElement).name === name);
}

function attribute(node: MdxJsxFlowElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === name);
}

/** A string attribute's value, `true` for a bare attribute (`correct`), undefined if absent. */
function attributeValue(node: MdxJsxFlowElement, name: string): string | true | undefined {
  const found = attribute(node, name);
  if (!found) return undefined;
  if (found.value === null || found.value === undefined) return true;
  return typeof found.value === 'string' ? found.value : found.value.value;
}

const lineOf = (node: {position?: {start: {line: number}}}) => node.position?.start.line ?? 1;

function checkIds(
  children: MdxJsxFlowElement[],
  kind: string,
  owner: string,
  problems: StructureProblem[],
): void {
  const seen = new Set<string>();
  children.forEach((child, index) => {
    const id = attributeValue(child, 'id');
    if (typeof id !== 'string' || id === '') {
      problems.push({line: lineOf(child), message: `${owner}: ${kind} ${index + 1} has no id (add id="a-kebab-case-id")`});
    } else if (!KEBAB.test(id)) {
      problems.push({line: lineOf(child), message: `${owner}: ${kind} id "${id}" must be kebab-case`});
    } else if (seen.has(id)) {
      problems.push({line: lineOf(child), message: `${owner}: duplicate ${kind} id "${id}"`});
    } else {
      seen.add(id);
    }
  });
}

function checkQuestion(question: MdxJsxFlowElement, problems: StructureProblem[]): void {
  const id = attributeValue(question, 'id');
  const label = `question "${typeof id === 'string' ? id : '(no id)'}"`;
  const choices = question.children.filter((child): child is MdxJsxFlowElement => isElement(child, 'Choice'));
  const explanations = question.children.filter((child): child is MdxJsxFlowElement => isElement(child, 'Explanation'));
  if (choices.length < 2) problems.push({line: lineOf(question), message: `quiz ${label}: needs at least two <Choice> (found ${choices.length})`});
  if (!choices.some((choice) => attributeValue(choice, 'correct') === true)) {
    problems.push({line: lineOf(question), message: `quiz ${label}: no right answer (mark one with <Choice correct>)`});
  }
  if (explanations.length !== 1 || toString(explanations[0]!).trim() === '') {
    problems.push({
      line: lineOf(question),
      message: `quiz ${label}: needs exactly one non-empty <Explanation> (found ${explanations.length === 1 ? 'an empty one' : explanations.length})`,
    });
  }
  const prompt = question.children.filter((child) => !isElement(child, 'Choice') && !isElement(child, 'Explanation'));
  if (prompt.every((child) => toString(child).trim() === '')) {
    problems.push({line: lineOf(question), message: `quiz ${label}: has no question text`});
  }
}

/**
 * `<Choice>text</Choice>` written on one line is parsed by MDX as an inline
 * element inside a paragraph. Authors should not have to care: a paragraph
 * made only of choices (and line breaks) is replaced by the choices, as
 * block elements, so <Question> finds them as direct children.
 */
export function unwrapInlineChoices(tree: Root): void {
  visitParents(tree, 'paragraph', (node, ancestors) => {
    const parent = ancestors.at(-1) as {children: RootContent[]} | undefined;
    if (!parent) return;
    const elements = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    if (elements.length === 0 || !elements.every((child) => child.type === 'mdxJsxTextElement' && child.name === 'Choice')) return;
    const index = parent.children.indexOf(node);
    parent.children.splice(index, 1, ...elements.map((element) => ({...(element as unknown as MdxJsxFlowElement), type: 'mdxJsxFlowElement' as const})));
  });
}

export function checkComponentStructure(tree: Root): StructureProblem[] {
  unwrapInlineChoices(tree);
  const problems: StructureProblem[] = [];
  const quizzes: MdxJsxFlowElement[] = [];
  const labs: MdxJsxFlowElement[] = [];

  visitParents(tree, (node, ancestors) => {
    if (!isElement(node)) return;
    const element = node;
    const name = element.name ?? '';
    const parent = ancestors.at(-1);
    const requiredParent = PARENT_OF[name];
    if (requiredParent && !(parent && isElement(parent, requiredParent))) {
      problems.push({line: lineOf(element), message: `<${name}> must sit directly inside <${requiredParent}>`});
    }
    if (name === 'Quiz') quizzes.push(element);
    if (name === 'LabChecklist') labs.push(element);
  });

  for (const quiz of quizzes) {
    const questions = quiz.children.filter((child): child is MdxJsxFlowElement => isElement(child, 'Question'));
    if (questions.length === 0) problems.push({line: lineOf(quiz), message: 'quiz: has no <Question>'});
    checkIds(questions, 'question', 'quiz', problems);
    for (const question of questions) checkQuestion(question, problems);
  }
  for (const lab of labs) {
    const steps = lab.children.filter((child): child is MdxJsxFlowElement => isElement(child, 'Step'));
    if (steps.length === 0) problems.push({line: lineOf(lab), message: 'lab: has no <Step>'});
    checkIds(steps, 'step', 'lab', problems);
  }
  for (const [kind, group] of [['Quiz', quizzes], ['LabChecklist', labs]] as const) {
    if (group.length > 1) {
      checkIds(group, kind, `this page has ${group.length} <${kind}>, so each`, problems);
    }
  }
  return problems;
}
