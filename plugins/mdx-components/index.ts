/**
 * Course components that authors use in MDX without importing them: quizzes
 * and lab checklists. Instead of putting them in the global MDX registry
 * (which would ship their code with every page), this remark plugin adds the
 * import to each page that uses them, so only those pages load the code.
 * It also checks their structure and fails the build on a malformed quiz or
 * lab, naming the file, line and question or step.
 */
import path from 'node:path';
import type {Root} from 'mdast';
import type {} from 'mdast-util-mdx';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {checkComponentStructure} from './structure';

/** Component name → module that exports it (default export for the first name of a module). */
export const AUTO_IMPORTS: Record<string, {module: string; default?: true}> = {
  Quiz: {module: '@site/src/components/Quiz', default: true},
  Question: {module: '@site/src/components/Quiz'},
  Choice: {module: '@site/src/components/Quiz'},
  Explanation: {module: '@site/src/components/Quiz'},
  LabChecklist: {module: '@site/src/components/LabChecklist', default: true},
  Step: {module: '@site/src/components/LabChecklist'},
};

function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') for (const specifier of statement.specifiers) names.add(specifier.local.name);
    }
  }
  return names;
}

export function usedComponents(tree: Root): Set<string> {
  const used = new Set<string>();
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.name in AUTO_IMPORTS) {
      used.add(node.name);
    }
  });
  return used;
}

/** The import statements to add, grouped by module, for the components a page uses and has not imported. */
export function importsFor(tree: Root): {module: string; defaultName?: string; named: string[]}[] {
  const already = importedNames(tree);
  const byModule = new Map<string, {module: string; defaultName?: string; named: string[]}>();
  for (const name of usedComponents(tree)) {
    if (already.has(name)) continue;
    const {module, default: isDefault} = AUTO_IMPORTS[name]!;
    const entry = byModule.get(module) ?? {module, named: []};
    if (isDefault) entry.defaultName = name;
    else entry.named.push(name);
    byModule.set(module, entry);
  }
  return [...byModule.values()];
}

export default function remarkCourseComponents() {
  return (tree: Root, file: VFile): void => {
    const problems = checkComponentStructure(tree);
    if (problems.length > 0) {
      const where = file.path ? path.relative(file.cwd, file.path) : 'this document';
      throw new Error(
        `Malformed course component(s) in ${where}:\n${problems.map((problem) => `  ${where}:${problem.line} › ${problem.message}`).join('\n')}`,
      );
    }
    for (const {module, defaultName, named} of importsFor(tree).reverse()) {
      const specifiers = [
        ...(defaultName ? [{type: 'ImportDefaultSpecifier' as const, local: {type: 'Identifier' as const, name: defaultName}}] : []),
        ...named.map((name) => ({
          type: 'ImportSpecifier' as const,
          imported: {type: 'Identifier' as const, name},
          local: {type: 'Identifier' as const, name},
        })),
      ];
      const source = `import ${[defaultName, named.length > 0 ? `{${named.join(', ')}}` : undefined].filter(Boolean).join(', ')} from '${module}';`;
      tree.children.unshift({
        type: 'mdxjsEsm',
        value: source,
        data: {
          estree: {
            type: 'Program',
            sourceType: 'module',
            body: [{type: 'ImportDeclaration', specifiers, attributes: [], source: {type: 'Literal', value: module, raw: `'${module}'`}}],
          },
        },
      });
    }
  };
}
