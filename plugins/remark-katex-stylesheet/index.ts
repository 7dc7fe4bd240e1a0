/**
 * Adds `import 'katex/dist/katex.min.css'` to an MDX document only when it
 * contains math, so the stylesheet (and its fonts, served from this site) is
 * bundled with the pages that render formulas and with no other page.
 * Runs after remark-math, which turns `$...$` into math nodes.
 */
import type {Root} from 'mdast';
import {visit, EXIT} from 'unist-util-visit';

export const KATEX_STYLESHEET = 'katex/dist/katex.min.css';

export function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}

export default function remarkKatexStylesheet() {
  return (tree: Root): void => {
    if (!hasMath(tree)) return;
    tree.children.unshift({
      type: 'mdxjsEsm',
      value: `import '${KATEX_STYLESHEET}';`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ImportDeclaration',
              specifiers: [],
              attributes: [],
              source: {type: 'Literal', value: KATEX_STYLESHEET, raw: `'${KATEX_STYLESHEET}'`},
            },
          ],
        },
      },
    });
  };
}
