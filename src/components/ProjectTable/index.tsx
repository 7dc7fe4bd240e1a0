import type {ReactNode} from 'react';
import {weekSpan} from '@site/src/curriculum/format';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import ScrollTable from '@site/src/components/ScrollTable';
import styles from './styles.module.css';

/** The four projects (weeks, what you build, stack), read from src/data/projects.ts. */
export default function ProjectTable(): ReactNode {
  const {projects} = useCurriculum();
  return (
    <ScrollTable className={styles.table}>
      <caption className="sr-only">The four projects, with their weeks, scope and stack</caption>
      <thead>
        <tr>
          <th scope="col">Project</th>
          <th scope="col">Weeks</th>
          <th scope="col">What you build</th>
          <th scope="col">Stack</th>
        </tr>
      </thead>
      <tbody>
        {projects.map((project) => (
          <tr key={project.id}>
            <th scope="row">
              {project.number}. {project.title}
            </th>
            <td className={styles.nowrap}>{weekSpan(project.weeks)}</td>
            <td>{project.summary}</td>
            <td>{project.stack.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
