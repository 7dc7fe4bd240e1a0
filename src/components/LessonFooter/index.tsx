/**
 * Shown below every lesson: "Mark lesson complete" and the previous and next
 * lessons in roadmap order (week, then phase, then position), which can
 * differ from sidebar order when a lesson's week falls outside its phase.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {LessonSummary} from '@site/src/curriculum/types';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import {setLessonComplete, useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

export function neighbours(lessons: readonly LessonSummary[], id: string): {previous?: LessonSummary; next?: LessonSummary} {
  const index = lessons.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  return {previous: lessons[index - 1], next: lessons[index + 1]};
}

export default function LessonFooter({lesson}: {lesson: LessonSummary}): ReactNode {
  const {lessons} = useCurriculum();
  const complete = Boolean(useProgress().lessons[lesson.id]);
  const {previous, next} = neighbours(lessons, lesson.id);
  return (
    <div className={styles.footer}>
      <div className={styles.complete}>
        <button
          type="button"
          className={`button ${complete ? 'button--outline button--primary' : 'button--primary'}`}
          aria-pressed={complete}
          onClick={() => setLessonComplete(lesson.id, !complete)}>
          {complete ? '✓ Lesson complete' : 'Mark lesson complete'}
        </button>
        <p className={styles.note} aria-live="polite">
          {complete ? 'Saved in this browser. Press again to mark it not complete.' : 'Your progress is saved in this browser only.'}
        </p>
      </div>
      <nav className="pagination-nav" aria-label="Lessons in roadmap order">
        {previous && (
          <Link className="pagination-nav__link pagination-nav__link--prev" to={previous.permalink}>
            <div className="pagination-nav__sublabel">Previous lesson</div>
            <div className="pagination-nav__label">{previous.title}</div>
          </Link>
        )}
        {next && (
          <Link className="pagination-nav__link pagination-nav__link--next" to={next.permalink}>
            <div className="pagination-nav__sublabel">Next lesson</div>
            <div className="pagination-nav__label">{next.title}</div>
          </Link>
        )}
      </nav>
    </div>
  );
}
