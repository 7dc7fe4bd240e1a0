/**
 * What a reviewer would catch by eye, checked on every doc and blog post:
 * heading levels never skip, every fenced code block names its language,
 * YAML and JSON blocks parse, and TypeScript/JavaScript blocks have no syntax
 * errors. Each problem names its file and line.
 */
import type {Code, Root} from 'mdast';
import ts from 'typescript';
import {visit} from 'unist-util-visit';
import {parseAllDocuments} from 'yaml';
import {parseMdx} from '../plugins/mdx-components/parse';
import {checkComponentStructure} from '../plugins/mdx-components/structure';

export interface ContentProblem {
  file: string;
  line: number;
  rule: 'heading-order' | 'code-language' | 'code-syntax' | 'mdx-syntax' | 'component-structure';
  message: string;
}

const SCRIPT_LANGUAGES: Record<string, string> = {
  ts: 'block.ts',
  typescript: 'block.ts',
  tsx: 'block.tsx',
  js: 'block.js',
  javascript: 'block.js',
  jsx: 'block.jsx',
  mjs: 'block.mjs',
};

function checkScript(code: string, fileName: string): string | null {
  const result = ts.transpileModule(code, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: {jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext},
  });
  const [first] = result.diagnostics ?? [];
  if (!first) return null;
  const text = ts.flattenDiagnosticMessageText(first.messageText, ' ');
  if (first.file && first.start !== undefined) {
    const {line} = first.file.getLineAndCharacterOfPosition(first.start);
    return `line ${line + 1} of the block: ${text}`;
  }
  return text;
}

function checkCode(node: Code): Omit<ContentProblem, 'file' | 'line'> | null {
  const lang = node.lang?.toLowerCase();
  if (!lang) {
    return {rule: 'code-language', message: 'fenced code block has no language (use `text` for plain output)'};
  }
  if (lang === 'yaml' || lang === 'yml') {
    const broken = parseAllDocuments(node.value).flatMap((document) => ('errors' in document ? document.errors : []));
    const [error] = broken;
    return error ? {rule: 'code-syntax', message: `YAML does not parse: ${error.message.split('\n')[0]}`} : null;
  }
  if (lang === 'json') {
    try {
      JSON.parse(node.value);
      return null;
    } catch (error) {
      return {rule: 'code-syntax', message: `JSON does not parse: ${(error as Error).message}`};
    }
  }
  const scriptFile = SCRIPT_LANGUAGES[lang];
  if (scriptFile) {
    const error = checkScript(node.value, scriptFile);
    return error ? {rule: 'code-syntax', message: `${lang} block has a syntax error, ${error}`} : null;
  }
  return null;
}

/** Checks one Markdown/MDX document. The page title is the h1, so body headings start at h2. */
export function checkMarkdown(file: string, source: string): ContentProblem[] {
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    const place = (error as {line?: number}).line ?? 1;
    return [{file, line: place, rule: 'mdx-syntax', message: (error as Error).message}];
  }
  const problems: ContentProblem[] = [];
  let previousDepth = 1;
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      const {depth} = node;
      if (depth > previousDepth + 1) {
        problems.push({
          file,
          line,
          rule: 'heading-order',
          message: `h${depth} follows h${previousDepth}: heading levels must not skip (use h${previousDepth + 1})`,
        });
      }
      previousDepth = depth;
    } else if (node.type === 'code') {
      const problem = checkCode(node);
      if (problem) problems.push({file, line, ...problem});
    }
  });
  for (const {line, message} of checkComponentStructure(tree)) problems.push({file, line, rule: 'component-structure', message});
  return problems.sort((a, b) => a.line - b.line);
}

export function formatContentProblem({file, line, rule, message}: ContentProblem): string {
  return `${file}:${line} › ${rule}: ${message}`;
}
