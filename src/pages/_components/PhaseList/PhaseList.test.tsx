import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import type {PhaseView} from '@site/src/curriculum/types';
import {sampleLesson, setCourseData} from '@site/tests/unit/curriculumFixture';
import {weekRange} from '@site/src/curriculum/format';
import PhaseList from '.';

const phases: PhaseView[] = [
  {id: 'backend-fundamentals', number: 1, title: 'Backend Fundamentals', weeks: [1, 2], goal: 'Build APIs.', lessonIds: ['backend-fundamentals/http-basics']},
  {id: 'cloud-fundamentals', number: 2, title: 'Cloud Fundamentals', weeks: [3], goal: 'Learn the cloud.', lessonIds: []},
];

function withLessons() {
  setCourseData([sampleLesson('backend-fundamentals/http-basics', {title: 'HTTP Basics'})]);
}

describe('weekRange', () => {
  it('names one week or a range', () => {
    expect(weekRange([3])).toBe('Week 3');
    expect(weekRange([13, 14])).toBe('Weeks 13–14');
    expect(weekRange([])).toBe('');
  });
});

describe('PhaseList', () => {
  it('links a phase to its first lesson and counts its lessons', () => {
    withLessons();
    render(<PhaseList phases={phases} />);
    const [first] = screen.getAllByRole('listitem');
    expect(within(first!).getByRole('link', {name: 'Backend Fundamentals'})).toHaveAttribute('href', '/docs/backend-fundamentals/http-basics');
    expect(first).toHaveTextContent('Phase 1 · Weeks 1–2');
    expect(first).toHaveTextContent('1 lesson');
  });

  it('shows a phase without lessons as plain text, with no link and no count', () => {
    withLessons();
    render(<PhaseList phases={phases} />);
    const second = screen.getAllByRole('listitem')[1]!;
    expect(within(second).queryByRole('link')).toBeNull();
    expect(second).not.toHaveTextContent(/lesson/);
  });
});
