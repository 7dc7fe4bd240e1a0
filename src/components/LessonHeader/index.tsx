/**
 * Shown above every lesson's body, from its front matter: week, time,
 * difficulty, prerequisites (linked) and "What you will learn".
 * Authors never type any of it.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {formatDifficulty, formatMinutes} from '@site/src/curriculum/format';
import type {LessonSummary} from '@site/src/curriculum/types';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import styles from './styles.module.css';

export default function LessonHeader({lesson, objectives}: {lesson: LessonSummary; objectives: readonly string[]}): ReactNode {
  const {lessons} = useCurriculum();
  const prerequisites = lesson.prerequisites.flatMap((id) => lessons.filter((candidate) => candidate.id === id));
  return (
    <div className={styles.header}>
      <dl className={styles.facts}>
        <div>
          <dt>Week</dt>
          <dd>{lesson.week === null ? 'Elective' : lesson.week}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>{formatMinutes(lesson.estimatedMinutes)}</dd>
        </div>
        <div>
          <dt>Level</dt>
          <dd>{formatDifficulty(lesson.difficulty)}</dd>
        </div>
        <div>
          <dt>Before this</dt>
          <dd>
            {prerequisites.length === 0 ? (
              'No prerequisites'
            ) : (
              <ul className={styles.prerequisites}>
                {prerequisites.map((prerequisite) => (
                  <li key={prerequisite.id}>
                    <Link to={prerequisite.permalink}>{prerequisite.title}</Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {objectives.length > 0 && (
        <section className={styles.objectives} aria-labelledby="what-you-will-learn">
          <Heading as="h2" id="what-you-will-learn" className={styles.objectivesTitle}>
            What you will learn
          </Heading>
          <ul>
            {objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
