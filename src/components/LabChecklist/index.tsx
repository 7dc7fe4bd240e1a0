/**
 * The lesson's hands-on lab: a checklist whose ticks are saved. Authors write:
 *
 *   <LabChecklist>
 *   <Step id="start-server">
 *   Markdown: what to do, the command, how to verify it worked.
 *   </Step>
 *   </LabChecklist>
 *
 * A step's identity is its id, so editing its text keeps the learner's tick.
 */
import {Children, isValidElement, useId, useState, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import {useProgressKey} from '@site/src/lesson/context';
import {resetLab, setLabStep, useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

interface StepProps {
  id: string;
  children?: ReactNode;
}

/** Marker component: LabChecklist renders its content. */
export function Step(_props: StepProps): ReactNode {
  return null;
}

export function parseSteps(children: ReactNode): StepProps[] {
  return Children.toArray(children)
    .filter((child): child is ReactElement<StepProps> => isValidElement(child) && child.type === Step)
    .map((child) => child.props);
}

export default function LabChecklist({id, children}: {id?: string; children?: ReactNode}): ReactNode {
  const labKey = useProgressKey('LabChecklist', id);
  const steps = parseSteps(children);
  const done = new Set(useProgress().labs[labKey]?.done ?? []);
  const doneCount = steps.filter((step) => done.has(step.id)).length;
  const [confirming, setConfirming] = useState(false);
  const baseId = useId();
  const progressId = `${baseId}-progress`;

  return (
    <section className={styles.lab} aria-label="Lab checklist">
      <div className={styles.summary}>
        <label htmlFor={progressId} className={styles.progressLabel}>
          {doneCount} of {steps.length} steps done
        </label>
        <progress id={progressId} className={styles.progress} max={steps.length} value={doneCount} />
        {confirming ? (
          <span className={styles.confirm}>
            <span>Untick every step?</span>
            <button
              type="button"
              className="button button--sm button--danger"
              onClick={() => {
                resetLab(labKey);
                setConfirming(false);
              }}>
              Yes, reset
            </button>
            <button type="button" className="button button--sm button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="button button--sm button--secondary" disabled={doneCount === 0} onClick={() => setConfirming(true)}>
            Reset lab
          </button>
        )}
      </div>
      <ol className={styles.steps}>
        {steps.map((step, index) => {
          const checkboxId = `${baseId}-${step.id}`;
          const ticked = done.has(step.id);
          return (
            <li key={step.id} className={clsx(styles.step, ticked && styles.done)}>
              <div className={styles.check}>
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={ticked}
                  aria-describedby={`${checkboxId}-body`}
                  onChange={(event) => setLabStep(labKey, step.id, event.target.checked)}
                />
                <label htmlFor={checkboxId}>
                  Step {index + 1}
                  <span className="sr-only"> done</span>
                </label>
              </div>
              <div id={`${checkboxId}-body`} className={styles.body}>
                {step.children}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
