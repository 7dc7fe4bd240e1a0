import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {beforeEach, describe, expect, it} from 'vitest';
import {toSummary} from '@site/src/curriculum/derive';
import {getProgress, resetProgressCacheForTests} from '@site/src/progress/store';
import {sampleLesson, setCourseData} from '@site/tests/unit/curriculumFixture';
import LessonFooter, {neighbours} from '.';

const lessons = [
  sampleLesson('backend-fundamentals/a', {title: 'A'}),
  sampleLesson('backend-fundamentals/b', {title: 'B', position: 2}),
  sampleLesson('backend-fundamentals/c', {title: 'C', week: 2}),
];

beforeEach(() => {
  localStorage.clear();
  resetProgressCacheForTests();
  setCourseData(lessons);
});

describe('neighbours', () => {
  it('finds the lessons before and after in roadmap order', () => {
    const summaries = lessons.map(toSummary);
    expect(neighbours(summaries, 'backend-fundamentals/b')).toEqual({previous: summaries[0], next: summaries[2]});
    expect(neighbours(summaries, 'backend-fundamentals/a').previous).toBeUndefined();
    expect(neighbours(summaries, 'missing')).toEqual({});
  });
});

describe('LessonFooter', () => {
  it('marks the lesson complete and back, as a toggle button', async () => {
    const user = userEvent.setup();
    render(<LessonFooter lesson={toSummary(lessons[1]!)} />);
    const button = screen.getByRole('button', {name: 'Mark lesson complete'});
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(screen.getByRole('button', {name: '✓ Lesson complete'})).toHaveAttribute('aria-pressed', 'true');
    expect(getProgress().lessons['backend-fundamentals/b']).toBeDefined();
    await user.click(screen.getByRole('button', {name: '✓ Lesson complete'}));
    expect(getProgress().lessons['backend-fundamentals/b']).toBeUndefined();
  });

  it('links the previous and next lessons', () => {
    render(<LessonFooter lesson={toSummary(lessons[1]!)} />);
    expect(screen.getByRole('link', {name: /Previous lesson\s*A/})).toHaveAttribute('href', '/docs/backend-fundamentals/a');
    expect(screen.getByRole('link', {name: /Next lesson\s*C/})).toHaveAttribute('href', '/docs/backend-fundamentals/c');
  });
});
