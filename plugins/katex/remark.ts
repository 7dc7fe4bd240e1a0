/**
 * Adds the KaTeX stylesheet to an MDX document only when it contains math.
 * Docusaurus bundles every imported CSS file into one site-wide stylesheet,
 * so importing katex.css would make every page pay for it; instead, a page
 * with math renders <KatexStylesheet />, a <link> to the copy this site
 * serves itself (see ./index.ts). Runs after remark-math.
 */
import type {Root} from 'mdast';
import type {} from 'mdast-util-mdx';
import {EXIT, visit} from 'unist-util-visit';

export const STYLESHEET_COMPONENT = 'KatexStylesheet';
export const STYLESHEET_MODULE = '@site/src/components/KatexStylesheet';

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
    tree.children.unshift(
      {
        type: 'mdxjsEsm',
        value: `import ${STYLESHEET_COMPONENT} from '${STYLESHEET_MODULE}';`,
        data: {
          estree: {
            type: 'Program',
            sourceType: 'module',
            body: [
              {
                type: 'ImportDeclaration',
                specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: STYLESHEET_COMPONENT}}],
                attributes: [],
                source: {type: 'Literal', value: STYLESHEET_MODULE, raw: `'${STYLESHEET_MODULE}'`},
              },
            ],
          },
        },
      },
      {type: 'mdxJsxFlowElement', name: STYLESHEET_COMPONENT, attributes: [], children: []},
    );
  };
}
