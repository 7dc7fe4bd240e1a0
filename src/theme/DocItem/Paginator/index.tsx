/**
 * Lessons get previous/next links in roadmap order from their footer, so the
 * sidebar-order paginator is hidden there; guide pages keep it.
 */
import type {ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type PaginatorType from '@theme/DocItem/Paginator';
import Paginator from '@theme-original/DocItem/Paginator';
import type {WrapperProps} from '@docusaurus/types';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';

type Props = WrapperProps<typeof PaginatorType>;

export default function PaginatorWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const isLesson = useCurriculum().lessons.some((lesson) => lesson.id === metadata.id);
  return isLesson ? null : <Paginator {...props} />;
}
