import type {Root} from 'mdast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import remarkKatexStylesheet, {STYLESHEET_COMPONENT, STYLESHEET_MODULE} from './remark';

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkKatexStylesheet);
  return processor.runSync(processor.parse(markdown)) as Root;
}

describe('remarkKatexStylesheet', () => {
  it('imports and renders the stylesheet component in a document with inline math', () => {
    const [esm, element] = transform('The ratio $h / (h + m)$ decides it.').children;
    expect(esm).toMatchObject({type: 'mdxjsEsm', value: `import ${STYLESHEET_COMPONENT} from '${STYLESHEET_MODULE}';`});
    expect(element).toMatchObject({type: 'mdxJsxFlowElement', name: STYLESHEET_COMPONENT});
  });

  it('does the same for display math', () => {
    expect(transform('$$\nx^2\n$$').children.slice(0, 2).map((node) => node.type)).toEqual(['mdxjsEsm', 'mdxJsxFlowElement']);
  });

  it('leaves a document without math untouched', () => {
    const tree = transform('No formulas here, only `$HOME` in code.');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });
});
