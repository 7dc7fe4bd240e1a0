/** Stands in for @docusaurus/plugin-content-docs/client's useDoc. */
let current: {metadata: {id: string}; frontMatter: Record<string, unknown>} = {metadata: {id: 'test/doc'}, frontMatter: {}};

export function setDoc(doc: typeof current): void {
  current = doc;
}

export function useDoc(): typeof current {
  return current;
}
