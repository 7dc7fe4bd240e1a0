import type {Root} from 'mdast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import remarkKatexStylesheet, {KATEX_STYLESHEET} from '.';

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkKatexStylesheet);
  return processor.runSync(processor.parse(markdown)) as Root;
}

describe('remarkKatexStylesheet', () => {
  it('imports the KaTeX stylesheet into a document with inline math', () => {
    const [first] = transform('The ratio $h / (h + m)$ decides it.').children;
    expect(first).toMatchObject({type: 'mdxjsEsm', value: `import '${KATEX_STYLESHEET}';`});
  });

  it('imports it for display math too', () => {
    expect(transform('$$\nx^2\n$$').children[0]?.type).toBe('mdxjsEsm');
  });

  it('leaves a document without math untouched', () => {
    const tree = transform('No formulas here, only `$HOME` in code.');
    expect(tree.children.some((node) => node.type === 'mdxjsEsm')).toBe(false);
  });
});
