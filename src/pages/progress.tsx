import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import ScrollTable from '@site/src/components/ScrollTable';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import {completion} from '@site/src/progress/status';
import {useProgress} from '@site/src/progress/store';
import ProgressTransfer from './_components/ProgressTransfer';
import styles from './progress.module.css';

function Meter({done, total, percent, label}: {done: number; total: number; percent: number; label: string}): ReactNode {
  return (
    <span className={styles.meter}>
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      <span>
        {done} of {total} ({percent}%)
      </span>
    </span>
  );
}

/** Lessons done per phase or per week. */
function CompletionTable({heading, rows}: {heading: string; rows: {key: string; label: string; lessonIds: string[]}[]}): ReactNode {
  const progress = useProgress();
  return (
    <ScrollTable className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Lessons done</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              {row.lessonIds.length === 0 ? (
                'No lessons published'
              ) : (
                <Meter {...completion(progress, row.lessonIds)} label={`Lessons done in ${row.label}`} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export default function ProgressPage(): ReactNode {
  const {phases, weeks, lessons} = useCurriculum();
  const progress = useProgress();
  const overall = completion(progress, lessons.map((lesson) => lesson.id));
  const withQuiz = lessons.filter((lesson) => lesson.quizQuestions > 0);
  const withLab = lessons.filter((lesson) => lesson.labSteps > 0);
  return (
    <Layout title="Your progress" description="Lessons done per phase and week, quiz best scores and labs, with export, import and reset.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Your progress</Heading>
        <p>
          Progress lives in this browser only: no account, no server. Download it to keep a copy or to move it to another
          browser.
        </p>
        <p className={styles.overall}>
          <Meter {...overall} label="Lessons done in the whole course" /> lessons done.
        </p>

        <Heading as="h2" id="by-phase">
          By phase
        </Heading>
        <CompletionTable
          heading="Phase"
          rows={phases.map((phase) => ({key: phase.id, label: `${phase.number}. ${phase.title}`, lessonIds: phase.lessonIds}))}
        />

        <Heading as="h2" id="by-week">
          By week
        </Heading>
        <CompletionTable
          heading="Week"
          rows={weeks.map((week) => ({key: String(week.number), label: `Week ${week.number}: ${week.title}`, lessonIds: week.lessonIds}))}
        />

        <Heading as="h2" id="quizzes">
          Quiz best scores
        </Heading>
        <ScrollTable className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Best score</th>
              <th scope="col">Attempts</th>
            </tr>
          </thead>
          <tbody>
            {withQuiz.map((lesson) => {
              const record = progress.quizzes[lesson.id];
              return (
                <tr key={lesson.id}>
                  <th scope="row">
                    <Link to={lesson.permalink}>{lesson.title}</Link>
                  </th>
                  <td>{record ? `${record.best} of ${record.total}` : 'Not taken'}</td>
                  <td>{record?.attempts ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>

        <Heading as="h2" id="labs">
          Labs
        </Heading>
        <ScrollTable className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Steps done</th>
            </tr>
          </thead>
          <tbody>
            {withLab.map((lesson) => {
              const ticked = progress.labs[lesson.id]?.done.length ?? 0;
              return (
                <tr key={lesson.id}>
                  <th scope="row">
                    <Link to={lesson.permalink}>{lesson.title}</Link>
                  </th>
                  <td>
                    {ticked} of {lesson.labSteps}
                    {ticked >= lesson.labSteps && ' (lab done)'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>

        <Heading as="h2" id="keep-or-move">
          Keep, move or reset your progress
        </Heading>
        <ProgressTransfer />
      </main>
    </Layout>
  );
}
