/**
 * Stands in for @docusaurus/useGlobalData. Tests set the data a component
 * should see with `setPluginData` before rendering it.
 */
const store = new Map<string, unknown>();

export function setPluginData(name: string, data: unknown): void {
  store.set(name, data);
}

export function usePluginData(name: string): unknown {
  if (!store.has(name)) throw new Error(`No test data set for plugin "${name}"`);
  return store.get(name);
}

export default function useGlobalData(): Record<string, unknown> {
  return Object.fromEntries(store);
}
