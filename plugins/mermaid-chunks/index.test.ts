import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dependencyClosure, packagesPattern} from '.';

const siteDir = path.resolve(__dirname, '../..');

describe('dependencyClosure', () => {
  it('finds Mermaid and what it pulls in, but not unrelated packages', () => {
    const closure = dependencyClosure('mermaid', siteDir);
    expect(closure.has('mermaid')).toBe(true);
    expect(closure.size).toBeGreaterThan(5);
    expect(closure.has('react')).toBe(false);
  });

  it('returns nothing for a package that is not installed', () => {
    expect(dependencyClosure('no-such-package-here', siteDir).size).toBe(0);
  });
});

describe('packagesPattern', () => {
  const pattern = packagesPattern(['mermaid', '@mermaid-js/parser', 'd3']);

  it('matches modules inside the packages, scoped ones included', () => {
    expect(pattern.test('/site/node_modules/mermaid/dist/mermaid.core.mjs')).toBe(true);
    expect(pattern.test('/site/node_modules/@mermaid-js/parser/dist/index.js')).toBe(true);
    expect(pattern.test('C:\\site\\node_modules\\d3\\src\\index.js')).toBe(true);
  });

  it('does not match packages that merely share a prefix, or site code', () => {
    expect(pattern.test('/site/node_modules/d3-array/src/index.js')).toBe(false);
    expect(pattern.test('/site/node_modules/mermaid-extra/index.js')).toBe(false);
    expect(pattern.test('/site/src/components/Quiz/index.tsx')).toBe(false);
  });
});
