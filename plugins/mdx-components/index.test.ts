import type {Root} from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkCourseComponents from '.';

function transform(source: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCourseComponents);
  return processor.runSync(processor.parse(source), new VFile({path: '/site/docs/a/b.mdx', cwd: '/site'})) as Root;
}

const esm = (tree: Root) => tree.children.filter((node) => node.type === 'mdxjsEsm').map((node) => (node as {value: string}).value);
const quiz = '<Quiz>\n\n<Question id="q">\n\nWhy?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n\n<Explanation>\n\nBecause.\n\n</Explanation>\n\n</Question>\n\n</Quiz>\n';

describe('remarkCourseComponents', () => {
  it('imports the quiz components a page uses, and nothing else', () => {
    expect(esm(transform(quiz))).toEqual(["import Quiz, {Question, Choice, Explanation} from '@site/src/components/Quiz';"]);
  });

  it('imports the lab components next to the quiz ones', () => {
    const lab = '<LabChecklist>\n\n<Step id="s">\n\nDo.\n\n</Step>\n\n</LabChecklist>\n';
    expect(esm(transform(`${quiz}\n${lab}`))).toHaveLength(2);
  });

  it('adds nothing to a page without course components', () => {
    expect(esm(transform('# Hello\n\n<details>\n\nx\n\n</details>\n'))).toEqual([]);
  });

  it('does not import a name the author already imported', () => {
    const tree = transform(`import Quiz, {Question, Choice, Explanation} from '@site/src/components/Quiz';\n\n${quiz}`);
    expect(esm(tree)).toHaveLength(1);
  });

  it('fails with the file, line and question when a quiz is malformed', () => {
    expect(() => transform(quiz.replace('<Choice correct>', '<Choice>'))).toThrow(
      /docs\/a\/b\.mdx:3 › quiz question "q": no right answer/,
    );
  });
});
