import type {ReactNode} from 'react';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import styles from './styles.module.css';

/** The weeks that carry a success metric, in order, read from src/data/weeks.ts. */
export default function MilestoneGates(): ReactNode {
  const {weeks} = useCurriculum();
  const gates = weeks.filter((week) => week.successMetric !== undefined);
  return (
    <ol className={styles.gates} aria-label="Milestone gates">
      {gates.map((week) => (
        <li key={week.number} className={styles.gate}>
          <span className={styles.week}>Week {week.number}</span>
          <span>{week.successMetric}</span>
        </li>
      ))}
    </ol>
  );
}
