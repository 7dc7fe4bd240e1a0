import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {beforeEach, describe, expect, it} from 'vitest';
import {serializeExport} from '@site/src/progress/schema';
import {getProgress, resetProgressCacheForTests, setLessonComplete} from '@site/src/progress/store';
import ProgressTransfer, {exportFileName} from '.';

beforeEach(() => {
  localStorage.clear();
  resetProgressCacheForTests();
});

describe('ProgressTransfer', () => {
  it('names the export file by date', () => {
    expect(exportFileName(new Date('2026-11-21T10:00:00Z'))).toBe('backend-devops-mastery-progress-2026-11-21.json');
  });

  it('imports a valid file and announces it', async () => {
    const user = userEvent.setup();
    render(<ProgressTransfer />);
    const file = new File([serializeExport({version: 1, lessons: {'a/b': {completedAt: '2026-11-01T00:00:00Z'}}, quizzes: {}, labs: {}})], 'mine.json');
    await user.upload(screen.getByLabelText('Import a progress file'), file);
    expect(await screen.findByText('Progress imported from mine.json.')).toBeInTheDocument();
    expect(Object.keys(getProgress().lessons)).toEqual(['a/b']);
  });

  it('refuses a foreign file with an alert, and changes nothing', async () => {
    const user = userEvent.setup();
    setLessonComplete('keep/me', true);
    render(<ProgressTransfer />);
    await user.upload(screen.getByLabelText('Import a progress file'), new File(['{"name": "package"}'], 'package.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('package.json was not imported, and your progress is unchanged.');
    expect(Object.keys(getProgress().lessons)).toEqual(['keep/me']);
  });

  it('resets only after confirming', async () => {
    const user = userEvent.setup();
    setLessonComplete('keep/me', true);
    render(<ProgressTransfer />);
    await user.click(screen.getByRole('button', {name: 'Reset all progress'}));
    expect(Object.keys(getProgress().lessons)).toEqual(['keep/me']);
    await user.click(screen.getByRole('button', {name: 'Yes, reset everything'}));
    expect(getProgress().lessons).toEqual({});
    expect(screen.getByRole('status')).toHaveTextContent('All progress was reset.');
  });
});
