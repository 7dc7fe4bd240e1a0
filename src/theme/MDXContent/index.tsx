/**
 * On a lesson page, puts the lesson header (facts and objectives from front
 * matter) between the title and the body, and the lesson footer (mark
 * complete, previous/next in roadmap order) after it. Other pages are
 * untouched.
 */
import type {ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type MDXContentType from '@theme/MDXContent';
import MDXContent from '@theme-original/MDXContent';
import type {WrapperProps} from '@docusaurus/types';
import LessonFooter from '@site/src/components/LessonFooter';
import LessonHeader from '@site/src/components/LessonHeader';
import type {LessonSummary} from '@site/src/curriculum/types';
import {useDocContext} from '@site/src/lesson/context';

type Props = WrapperProps<typeof MDXContentType>;

function LessonChrome({lesson, children}: {lesson: LessonSummary; children: ReactNode}): ReactNode {
  // Validated at build time by the curriculum plugin; kept out of global data to keep every page light.
  const {objectives} = useDoc().frontMatter as {objectives?: string[]};
  return (
    <>
      <LessonHeader lesson={lesson} objectives={objectives ?? []} />
      {children}
      <LessonFooter lesson={lesson} />
    </>
  );
}

export default function MDXContentWrapper(props: Props): ReactNode {
  const lesson = useDocContext()?.lesson;
  const content = <MDXContent {...props} />;
  return lesson ? <LessonChrome lesson={lesson}>{content}</LessonChrome> : content;
}
