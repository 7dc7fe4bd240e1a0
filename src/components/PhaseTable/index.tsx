import type {ReactNode} from 'react';
import {weekSpan} from '@site/src/curriculum/format';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import ScrollTable from '@site/src/components/ScrollTable';
import styles from './styles.module.css';

/** The ten phases as a table (weeks, phase, goal), read from src/data/phases.ts. */
export default function PhaseTable(): ReactNode {
  const {phases} = useCurriculum();
  return (
    <ScrollTable className={styles.table}>
      <caption className="sr-only">The ten phases of the course, with their weeks and goals</caption>
      <thead>
        <tr>
          <th scope="col">Weeks</th>
          <th scope="col">Phase</th>
          <th scope="col">Goal</th>
        </tr>
      </thead>
      <tbody>
        {phases.map((phase) => (
          <tr key={phase.id}>
            <td className={styles.nowrap}>{weekSpan(phase.weeks)}</td>
            <th scope="row">
              {phase.number}. {phase.title}
            </th>
            <td>{phase.goal}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
