/**
 * The course as a diagram, drawn from the curriculum model: the ten phases,
 * each with its weeks, each week with its published lessons as links that
 * show the learner's status. It is built from nested lists, so a screen
 * reader reads it as its own text alternative: phase, week, lesson, status.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import StatusIcon from '@site/src/components/StatusIcon';
import {weekRange} from '@site/src/curriculum/format';
import type {CurriculumGlobalData, LessonSummary} from '@site/src/curriculum/types';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import type {Progress} from '@site/src/progress/schema';
import {STATUS_LABEL, lessonStatus, type LessonStatus} from '@site/src/progress/status';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

function LessonNode({lesson, progress}: {lesson: LessonSummary; progress: Progress}): ReactNode {
  const status = lessonStatus(progress, lesson.id);
  return (
    <li>
      <Link to={lesson.permalink} className={clsx(styles.node, styles[status])} data-status={status}>
        <StatusIcon status={status} />
        <span>{lesson.title}</span>
      </Link>
    </li>
  );
}

export function lessonsOfWeek(curriculum: CurriculumGlobalData, week: number): LessonSummary[] {
  return curriculum.lessons.filter((lesson) => lesson.week === week);
}

export default function RoadmapDiagram(): ReactNode {
  const curriculum = useCurriculum();
  const progress = useProgress();
  const electives = curriculum.lessons.filter((lesson) => lesson.week === null);
  return (
    <div className={styles.diagram}>
      <ul className={styles.legend} aria-label="Legend">
        {(Object.keys(STATUS_LABEL) as LessonStatus[]).map((status) => (
          <li key={status}>
            <StatusIcon status={status} /> <span aria-hidden="true">{STATUS_LABEL[status]}</span>
          </li>
        ))}
      </ul>
      <ol className={styles.phases} aria-label="Course roadmap by phase and week">
        {curriculum.phases.map((phase) => (
          <li key={phase.id} className={styles.phase}>
            <p className={styles.phaseTitle}>
              <span className={styles.phaseNumber}>Phase {phase.number}</span> {phase.title}{' '}
              <span className={styles.phaseWeeks}>({weekRange(phase.weeks)})</span>
            </p>
            <ol className={styles.weeks} aria-label={`Weeks of ${phase.title}`}>
              {phase.weeks.map((week) => {
                const lessons = lessonsOfWeek(curriculum, week);
                return (
                  <li key={week} className={styles.week}>
                    <p className={styles.weekTitle}>Week {week}</p>
                    {lessons.length > 0 && (
                      <ul className={styles.lessons} aria-label={`Lessons of week ${week}`}>
                        {lessons.map((lesson) => (
                          <LessonNode key={lesson.id} lesson={lesson} progress={progress} />
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      {electives.length > 0 && (
        <div className={styles.electives}>
          <p className={styles.phaseTitle}>Electives</p>
          <ul className={styles.lessons} aria-label="Elective lessons">
            {electives.map((lesson) => (
              <LessonNode key={lesson.id} lesson={lesson} progress={progress} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
