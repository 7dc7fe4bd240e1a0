import {describe, expect, it} from 'vitest';
import {checkMarkdown} from './content-checks';

const fence = '```';

function rulesOf(source: string) {
  return checkMarkdown('docs/x.mdx', source).map(({rule, line}) => `${rule}@${line}`);
}

describe('checkMarkdown', () => {
  it('accepts headings that step down one level at a time and back up freely', () => {
    expect(rulesOf('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n')).toEqual([]);
  });

  it('flags a heading that skips a level, with its line', () => {
    expect(rulesOf('## A\n\n#### B\n')).toEqual(['heading-order@3']);
  });

  it('flags an h3 directly under the title', () => {
    expect(rulesOf('Intro.\n\n### Too deep\n')).toEqual(['heading-order@3']);
  });

  it('flags a fenced block without a language', () => {
    expect(rulesOf(`${fence}\nls -la\n${fence}\n`)).toEqual(['code-language@1']);
  });

  it('accepts valid YAML, including multi-document files', () => {
    expect(rulesOf(`${fence}yaml\na: 1\n---\nb: [2, 3]\n${fence}\n`)).toEqual([]);
  });

  it('flags YAML that does not parse', () => {
    expect(rulesOf(`${fence}yaml\na: [1, 2\nb: 3\n${fence}\n`)).toEqual(['code-syntax@1']);
  });

  it('flags JSON that does not parse, and accepts JSON that does', () => {
    expect(rulesOf(`${fence}json\n{"a": 1,}\n${fence}\n`)).toEqual(['code-syntax@1']);
    expect(rulesOf(`${fence}json\n{"a": [1, 2]}\n${fence}\n`)).toEqual([]);
  });

  it('flags a TypeScript syntax error and accepts valid TSX', () => {
    expect(rulesOf(`${fence}ts\nconst x: number = (1 + ;\n${fence}\n`)).toEqual(['code-syntax@1']);
    expect(rulesOf(`${fence}tsx title="a.tsx"\nexport const A = () => <div>{1}</div>;\n${fence}\n`)).toEqual([]);
  });

  it('reports the block line of a JavaScript error in its message', () => {
    const [problem] = checkMarkdown('docs/x.mdx', `Text.\n\n${fence}js\nconst a = 1;\nfunction (\n${fence}\n`);
    expect(problem).toMatchObject({file: 'docs/x.mdx', line: 3, rule: 'code-syntax'});
    expect(problem?.message).toMatch(/line 2 of the block/);
  });

  it('reads math with braces without mistaking it for MDX expressions', () => {
    expect(rulesOf('## Cost\n\n$$\n\\frac{a}{b}\n$$\n')).toEqual([]);
  });

  it('reports MDX that does not parse instead of throwing', () => {
    expect(rulesOf('## A\n\n<Quiz>\n')).toEqual([expect.stringMatching(/^mdx-syntax@/)]);
  });
});
