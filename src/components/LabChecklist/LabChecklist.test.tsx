import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {beforeEach, describe, expect, it} from 'vitest';
import {DocContextProvider} from '@site/src/lesson/context';
import {getProgress, resetProgressCacheForTests, setLabStep} from '@site/src/progress/store';
import LabChecklist, {Step} from '.';

beforeEach(() => {
  localStorage.clear();
  resetProgressCacheForTests();
});

function renderLab(stepText = 'Start the server.') {
  return render(
    <DocContextProvider value={{docId: 'lesson/x', lesson: null}}>
      <LabChecklist>
        <Step id="start">
          <p>{stepText}</p>
        </Step>
        <Step id="curl">
          <p>Run curl.</p>
        </Step>
        <Step id="stop">
          <p>Stop it.</p>
        </Step>
      </LabChecklist>
    </DocContextProvider>,
  );
}

describe('LabChecklist', () => {
  it('ticks steps, saves them by id and shows progress', async () => {
    const user = userEvent.setup();
    renderLab();
    await user.click(screen.getByRole('checkbox', {name: 'Step 2 done'}));
    expect(getProgress().labs['lesson/x']?.done).toEqual(['curl']);
    expect(screen.getByText('1 of 3 steps done')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', {name: '1 of 3 steps done'})).toHaveAttribute('value', '1');
    expect(screen.getByRole('checkbox', {name: 'Step 2 done'})).toHaveAccessibleDescription('Run curl.');
  });

  it('keeps a tick when the step text is edited, since identity is the id', () => {
    setLabStep('lesson/x', 'start', true);
    renderLab('Start the server on port 8080 (edited).');
    expect(screen.getByRole('checkbox', {name: 'Step 1 done'})).toBeChecked();
  });

  it('resets after a confirmation, and cancel keeps the ticks', async () => {
    const user = userEvent.setup();
    setLabStep('lesson/x', 'start', true);
    renderLab();
    await user.click(screen.getByRole('button', {name: 'Reset lab'}));
    await user.click(screen.getByRole('button', {name: 'Cancel'}));
    expect(screen.getByRole('checkbox', {name: 'Step 1 done'})).toBeChecked();
    await user.click(screen.getByRole('button', {name: 'Reset lab'}));
    await user.click(screen.getByRole('button', {name: 'Yes, reset'}));
    expect(screen.getByRole('checkbox', {name: 'Step 1 done'})).not.toBeChecked();
    expect(getProgress().labs['lesson/x']).toBeUndefined();
  });
});
