import path from 'node:path';
import {defineConfig} from 'vitest/config';

/**
 * Unit tests run in jsdom. Docusaurus's virtual modules (@docusaurus/*,
 * @theme/*) are replaced by small test doubles in tests/unit/doubles.
 */
export default defineConfig({
  // tsconfig says "jsx: preserve" for Docusaurus; tests compile JSX themselves.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: '@site', replacement: path.resolve(import.meta.dirname)},
      {find: '@docusaurus/Link', replacement: path.resolve(import.meta.dirname, 'tests/unit/doubles/Link.tsx')},
      {find: '@docusaurus/useDocusaurusContext', replacement: path.resolve(import.meta.dirname, 'tests/unit/doubles/useDocusaurusContext.ts')},
      {find: '@theme/Heading', replacement: path.resolve(import.meta.dirname, 'tests/unit/doubles/Heading.tsx')},
      {find: '@docusaurus/plugin-content-docs/client', replacement: path.resolve(import.meta.dirname, 'tests/unit/doubles/useDoc.ts')},
      {find: '@docusaurus/useGlobalData', replacement: path.resolve(import.meta.dirname, 'tests/unit/doubles/useGlobalData.ts')},
    ],
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'plugins/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    css: {modules: {classNameStrategy: 'non-scoped'}},
  },
});
