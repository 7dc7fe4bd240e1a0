/** The roadmap page's week-by-week plan, from the curriculum model and saved progress. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import StatusIcon from '@site/src/components/StatusIcon';
import {formatMinutes} from '@site/src/curriculum/format';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import {completion, lessonStatus} from '@site/src/progress/status';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

export default function WeekPlan(): ReactNode {
  const {weeks, phases, lessons} = useCurriculum();
  const progress = useProgress();
  return (
    <ol className={styles.weeks}>
      {weeks.map((week) => {
        const phase = phases.find((candidate) => candidate.id === week.phaseId);
        const weekLessons = week.lessonIds.flatMap((id) => lessons.filter((lesson) => lesson.id === id));
        const done = completion(progress, week.lessonIds);
        return (
          <li key={week.number} className={styles.week} id={`week-${week.number}`}>
            <Heading as="h3" className={styles.title}>
              Week {week.number}: {week.title}
            </Heading>
            <p className={styles.meta}>
              {phase && `Phase ${phase.number}: ${phase.title}`}
              {weekLessons.length > 0 && ` · ${formatMinutes(week.totalMinutes)} of lessons · ${done.done} of ${done.total} done`}
            </p>
            <div className={styles.columns}>
              <div>
                <p className={styles.label}>Goals</p>
                <ul>
                  {week.goals.map((goal) => (
                    <li key={goal}>{goal}</li>
                  ))}
                </ul>
              </div>
              {weekLessons.length > 0 && (
                <div>
                  <p className={styles.label}>Lessons</p>
                  <ul className={styles.lessons}>
                    {weekLessons.map((lesson) => (
                      <li key={lesson.id}>
                        <StatusIcon status={lessonStatus(progress, lesson.id)} />
                        <Link to={lesson.permalink}>{lesson.title}</Link>
                        <span className={styles.minutes}>{formatMinutes(lesson.estimatedMinutes)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
            <p>
              <strong>Project milestone:</strong> {week.projectMilestone}
            </p>
            {week.successMetric && (
              <p className={styles.gate}>
                <strong>Milestone gate:</strong> {week.successMetric}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
