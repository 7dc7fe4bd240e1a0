/**
 * Which doc (and which lesson, if it is one) the components on a page belong
 * to. Provided by the DocItem/Content wrapper; null outside docs (blog, pages).
 */
import {createContext, useContext, type ReactNode} from 'react';
import type {LessonSummary} from '@site/src/curriculum/types';

export interface DocContextValue {
  docId: string;
  lesson: LessonSummary | null;
}

const DocContext = createContext<DocContextValue | null>(null);

export function DocContextProvider({value, children}: {value: DocContextValue; children: ReactNode}): ReactNode {
  return <DocContext.Provider value={value}>{children}</DocContext.Provider>;
}

export function useDocContext(): DocContextValue | null {
  return useContext(DocContext);
}

/**
 * The key under which a quiz or lab saves progress: its own `id` if it has
 * one, else the doc it is on. Throws for a component outside docs without an
 * id, since its progress would have nowhere stable to live.
 */
export function useProgressKey(component: string, explicitId: string | undefined): string {
  const doc = useDocContext();
  const key = explicitId ?? doc?.docId;
  if (!key) throw new Error(`<${component}> outside a doc page needs an id prop`);
  return key;
}
