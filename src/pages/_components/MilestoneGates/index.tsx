import type {ReactNode} from 'react';
import type {WeekView} from '@site/src/curriculum/types';
import styles from './styles.module.css';

/** The weeks that carry a success metric, in order. */
export default function MilestoneGates({weeks}: {weeks: readonly WeekView[]}): ReactNode {
  const gates = weeks.filter((week) => week.successMetric !== undefined);
  return (
    <ol className={styles.gates}>
      {gates.map((week) => (
        <li key={week.number} className={styles.gate}>
          <span className={styles.week}>Week {week.number}</span>
          <span>{week.successMetric}</span>
        </li>
      ))}
    </ol>
  );
}
