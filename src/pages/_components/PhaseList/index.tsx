import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {weekRange} from '@site/src/curriculum/format';
import type {PhaseView} from '@site/src/curriculum/types';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import styles from './styles.module.css';

/** The ten phases in order; a phase links to its first lesson once one is published. */
export default function PhaseList({phases}: {phases: readonly PhaseView[]}): ReactNode {
  const {lessons} = useCurriculum();
  return (
    <ol className={styles.list}>
      {phases.map((phase) => {
        const firstLesson = lessons.find((lesson) => lesson.id === phase.lessonIds[0]);
        return (
          <li key={phase.id} className={styles.phase}>
            <p className={styles.weeks}>
              Phase {phase.number} · {weekRange(phase.weeks)}
            </p>
            <Heading as="h3" className={styles.title}>
              {firstLesson ? <Link to={firstLesson.permalink}>{phase.title}</Link> : phase.title}
            </Heading>
            <p className={styles.goal}>{phase.goal}</p>
            {phase.lessonIds.length > 0 && (
              <p className={styles.count}>
                {phase.lessonIds.length} lesson{phase.lessonIds.length === 1 ? '' : 's'}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
