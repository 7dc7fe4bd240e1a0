import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {beforeEach, describe, expect, it} from 'vitest';
import {DocContextProvider} from '@site/src/lesson/context';
import {getProgress, resetProgressCacheForTests} from '@site/src/progress/store';
import Quiz, {Choice, Explanation, Question} from '.';

beforeEach(() => {
  localStorage.clear();
  resetProgressCacheForTests();
});

function renderQuiz() {
  return render(
    <DocContextProvider value={{docId: 'backend-fundamentals/http-basics', lesson: null}}>
      <Quiz>
        <Question id="safe">
          <p>
            Which method is <code>safe</code>?
          </p>
          <Choice correct>GET</Choice>
          <Choice>POST</Choice>
          <Explanation>
            <p>GET does not change state; POST may.</p>
          </Explanation>
        </Question>
        <Question id="idempotent">
          <p>Which methods are idempotent?</p>
          <Choice correct>PUT</Choice>
          <Choice correct>DELETE</Choice>
          <Choice>POST</Choice>
          <Explanation>
            <p>PUT and DELETE leave the same state when repeated.</p>
          </Explanation>
        </Question>
      </Quiz>
    </DocContextProvider>,
  );
}

describe('Quiz', () => {
  it('renders each question as a labelled group, radios for one answer, checkboxes for several', () => {
    renderQuiz();
    const first = screen.getByRole('group', {name: 'Question 1 of 2'});
    expect(within(first).getAllByRole('radio')).toHaveLength(2);
    expect(first).toHaveAccessibleDescription(/^Which method is\s+safe\s*\?$/);
    const second = screen.getByRole('group', {name: 'Question 2 of 2 (select all that apply)'});
    expect(within(second).getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.queryByText(/does not change state/)).toBeNull();
  });

  it('scores, marks each question, shows explanations, focuses the result and saves the attempt', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(screen.getByRole('radio', {name: 'POST'}));
    await user.click(screen.getByRole('checkbox', {name: 'PUT'}));
    await user.click(screen.getByRole('checkbox', {name: 'DELETE'}));
    await user.click(screen.getByRole('button', {name: 'Check answers'}));

    const result = screen.getByRole('status');
    expect(result).toHaveTextContent('You scored 1 of 2.');
    await new Promise(requestAnimationFrame);
    expect(result).toHaveFocus();
    expect(screen.getByRole('group', {name: 'Question 1 of 2'})).toHaveTextContent('Not quite.');
    expect(screen.getByRole('group', {name: /Question 2 of 2/})).toHaveTextContent('Correct.');
    expect(screen.getByText(/does not change state/)).toBeVisible();
    expect(screen.getByRole('radio', {name: 'POST (your answer)'})).toBeDisabled();
    expect(getProgress().quizzes['backend-fundamentals/http-basics']).toMatchObject({best: 1, total: 2, attempts: 1, missed: ['safe']});
  });

  it('retries with cleared answers and keeps the best score', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(screen.getByRole('radio', {name: 'GET'}));
    await user.click(screen.getByRole('button', {name: 'Check answers'}));
    expect(screen.getByRole('status')).toHaveTextContent('You scored 1 of 2. Best: 1 of 2.');
    await user.click(screen.getByRole('button', {name: 'Try again'}));
    expect(screen.getByRole('radio', {name: 'GET'})).not.toBeChecked();
    await user.click(screen.getByRole('button', {name: 'Check answers'}));
    expect(screen.getByRole('status')).toHaveTextContent('You scored 0 of 2. Best: 1 of 2.');
    expect(screen.getByText('Your best score so far: 1 of 2.')).toBeInTheDocument();
  });

  it('is usable by keyboard alone', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.tab();
    expect(screen.getByRole('radio', {name: 'GET'})).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', {name: 'GET'})).toBeChecked();
  });
});
