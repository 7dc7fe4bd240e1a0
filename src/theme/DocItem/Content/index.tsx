/**
 * Wraps the doc body to:
 * - tell the components inside which doc and lesson they are on;
 * - mark it as the only part of a page that search indexes (not the navbar,
 *   sidebar or footer), labelled with its phase so results say where a hit lives.
 */
import type {ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type ContentType from '@theme/DocItem/Content';
import Content from '@theme-original/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import {DocContextProvider} from '@site/src/lesson/context';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const {lessons, phases} = useCurriculum();
  const lesson = lessons.find((candidate) => candidate.id === metadata.id) ?? null;
  const phase = lesson && phases.find((candidate) => candidate.id === lesson.phaseId);
  const section = phase ? `Phase ${phase.number}: ${phase.title}` : 'Guide';
  return (
    <DocContextProvider value={{docId: metadata.id, lesson}}>
      <div data-pagefind-body="" data-pagefind-meta={`section:${section}`}>
        <Content {...props} />
      </div>
    </DocContextProvider>
  );
}
