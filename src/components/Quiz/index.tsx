/**
 * The lesson's knowledge check. Authors write:
 *
 *   <Quiz>
 *   <Question id="retry-put">
 *   Markdown question…
 *   <Choice correct>Markdown choice</Choice>
 *   <Choice>Another</Choice>
 *   <Explanation>Why the right one is right…</Explanation>
 *   </Question>
 *   </Quiz>
 *
 * A question with more than one correct choice takes several answers. The
 * structure is validated at build time (plugins/mdx-components/structure.ts).
 */
import {Children, isValidElement, useId, useMemo, useRef, useState, type FormEvent, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import {useProgressKey} from '@site/src/lesson/context';
import {recordQuizAttempt, useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

interface QuestionProps {
  id: string;
  children?: ReactNode;
}
interface ChoiceProps {
  correct?: boolean;
  children?: ReactNode;
}

/** Marker components: Quiz reads their props and renders them itself. */
export function Question(_props: QuestionProps): ReactNode {
  return null;
}
export function Choice(_props: ChoiceProps): ReactNode {
  return null;
}
export function Explanation({children}: {children?: ReactNode}): ReactNode {
  return <>{children}</>;
}

interface ParsedQuestion {
  id: string;
  prompt: ReactNode[];
  choices: ChoiceProps[];
  correct: Set<number>;
  explanation: ReactNode;
}

function isElementOf<P>(node: ReactNode, component: (props: P) => ReactNode): node is ReactElement<P> {
  return isValidElement(node) && node.type === component;
}

export function parseQuestions(children: ReactNode): ParsedQuestion[] {
  return Children.toArray(children)
    .filter((child) => isElementOf(child, Question))
    .map((question) => {
      const {id, children: parts} = (question).props;
      const prompt: ReactNode[] = [];
      const choices: ChoiceProps[] = [];
      let explanation: ReactNode = null;
      for (const part of Children.toArray(parts)) {
        if (isElementOf(part, Choice)) choices.push(part.props);
        else if (isElementOf(part, Explanation)) explanation = part;
        else prompt.push(part);
      }
      const correct = new Set(choices.flatMap((choice, index) => (choice.correct ? [index] : [])));
      return {id, prompt, choices, correct, explanation};
    });
}

const sameSet = (a: Set<number>, b: Set<number>) => a.size === b.size && [...a].every((value) => b.has(value));

export default function Quiz({id, children}: {id?: string; children?: ReactNode}): ReactNode {
  const quizKey = useProgressKey('Quiz', id);
  const questions = useMemo(() => parseQuestions(children), [children]);
  const record = useProgress().quizzes[quizKey];
  const [answers, setAnswers] = useState<Record<string, Set<number>>>({});
  const [submitted, setSubmitted] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const baseId = useId();

  const isRight = (question: ParsedQuestion) => sameSet(answers[question.id] ?? new Set(), question.correct);
  const score = questions.filter(isRight).length;

  const choose = (question: ParsedQuestion, index: number, checked: boolean) => {
    setAnswers((previous) => {
      const multiple = question.correct.size > 1;
      const next = new Set(multiple ? previous[question.id] : []);
      if (checked) next.add(index);
      else next.delete(index);
      return {...previous, [question.id]: next};
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    recordQuizAttempt(
      quizKey,
      score,
      questions.length,
      questions.filter((question) => !isRight(question)).map((question) => question.id),
    );
    // Move focus to the score so keyboard and screen-reader users land on the outcome.
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retry = () => {
    setAnswers({});
    setSubmitted(false);
    requestAnimationFrame(() => document.getElementById(`${baseId}-q0`)?.focus());
  };

  return (
    <form className={styles.quiz} onSubmit={submit} aria-label="Knowledge check" noValidate>
      {record && (
        <p className={styles.best}>
          Your best score so far: {record.best} of {record.total}.
        </p>
      )}
      {questions.map((question, questionIndex) => {
        const multiple = question.correct.size > 1;
        const promptId = `${baseId}-p${questionIndex}`;
        const right = isRight(question);
        const answered = (answers[question.id]?.size ?? 0) > 0;
        return (
          <fieldset
            key={question.id}
            id={`${baseId}-q${questionIndex}`}
            tabIndex={-1}
            className={clsx(styles.question, submitted && (right ? styles.right : styles.wrong))}
            aria-describedby={promptId}>
            <legend className={styles.legend}>
              Question {questionIndex + 1} of {questions.length}
              {multiple && <span className={styles.hint}> (select all that apply)</span>}
            </legend>
            <div id={promptId} className={styles.prompt}>
              {question.prompt}
            </div>
            <ul className={styles.choices}>
              {question.choices.map((choice, choiceIndex) => {
                const inputId = `${baseId}-q${questionIndex}-c${choiceIndex}`;
                const chosen = answers[question.id]?.has(choiceIndex) ?? false;
                const isCorrect = question.correct.has(choiceIndex);
                return (
                  <li key={choiceIndex} className={clsx(styles.choice, submitted && isCorrect && styles.correctChoice)}>
                    <input
                      id={inputId}
                      type={multiple ? 'checkbox' : 'radio'}
                      name={`${baseId}-q${questionIndex}`}
                      checked={chosen}
                      disabled={submitted}
                      onChange={(event) => choose(question, choiceIndex, event.target.checked)}
                    />
                    <label htmlFor={inputId}>
                      {choice.children}
                      {submitted && isCorrect && <span className={styles.tag}> (correct answer)</span>}
                      {submitted && chosen && !isCorrect && <span className={styles.tag}> (your answer)</span>}
                    </label>
                  </li>
                );
              })}
            </ul>
            {submitted && (
              <div className={styles.feedback}>
                <p className={styles.verdict}>
                  <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                  {right ? 'Correct.' : answered ? 'Not quite.' : 'Not answered.'}
                </p>
                {question.explanation}
              </div>
            )}
          </fieldset>
        );
      })}
      {submitted ? (
        <div ref={resultRef} tabIndex={-1} className={styles.result} role="status">
          <p className={styles.score}>
            You scored {score} of {questions.length}.
            {record && record.total === questions.length && ` Best: ${record.best} of ${record.total}.`}
          </p>
          <button type="button" className="button button--secondary" onClick={retry}>
            Try again
          </button>
        </div>
      ) : (
        <button type="submit" className="button button--primary">
          Check answers
        </button>
      )}
    </form>
  );
}
