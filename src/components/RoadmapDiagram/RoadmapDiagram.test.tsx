import {render, screen, within} from '@testing-library/react';
import {beforeEach, describe, expect, it} from 'vitest';
import {resetProgressCacheForTests, setLabStep, setLessonComplete} from '@site/src/progress/store';
import {sampleLesson, setCourseData} from '@site/tests/unit/curriculumFixture';
import RoadmapDiagram from '.';

beforeEach(() => {
  localStorage.clear();
  resetProgressCacheForTests();
  setCourseData([
    sampleLesson('backend-fundamentals/http-basics', {title: 'HTTP Basics'}),
    sampleLesson('backend-fundamentals/caching', {title: 'Caching', week: 2}),
    sampleLesson('aws/aws-iam', {title: 'AWS IAM', week: 4}),
    sampleLesson('advanced-topics/genai', {title: 'GenAI', week: null}),
  ]);
});

describe('RoadmapDiagram', () => {
  it('draws all ten phases and fourteen weeks as nested lists, from the model', () => {
    render(<RoadmapDiagram />);
    const phases = screen.getByRole('list', {name: 'Course roadmap by phase and week'});
    expect(within(phases).getAllByRole('list', {name: /^Weeks of /})).toHaveLength(10);
    expect(within(phases).getAllByText(/^Week \d+$/)).toHaveLength(14);
  });

  it('links each published lesson under its week, and electives apart', () => {
    render(<RoadmapDiagram />);
    expect(within(screen.getByRole('list', {name: 'Lessons of week 4'})).getByRole('link')).toHaveAttribute('href', '/docs/aws/aws-iam');
    expect(within(screen.getByRole('list', {name: 'Elective lessons'})).getByRole('link', {name: /GenAI/})).toBeInTheDocument();
    expect(screen.queryByRole('list', {name: 'Lessons of week 3'})).toBeNull();
  });

  it('shows each lesson’s status in text, not only by colour', () => {
    setLessonComplete('backend-fundamentals/http-basics', true);
    setLabStep('backend-fundamentals/caching', 'one', true);
    render(<RoadmapDiagram />);
    expect(screen.getByRole('link', {name: 'Done: HTTP Basics'})).toHaveAttribute('data-status', 'done');
    expect(screen.getByRole('link', {name: 'In progress: Caching'})).toBeInTheDocument();
    expect(screen.getByRole('link', {name: 'Not started: AWS IAM'})).toBeInTheDocument();
  });
});
