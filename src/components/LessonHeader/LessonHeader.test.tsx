import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {toSummary} from '@site/src/curriculum/derive';
import {sampleLesson, setCourseData} from '@site/tests/unit/curriculumFixture';
import LessonHeader from '.';

describe('LessonHeader', () => {
  const http = sampleLesson('backend-fundamentals/http-basics', {title: 'HTTP Basics'});
  const caching = sampleLesson('backend-fundamentals/caching', {
    title: 'Caching',
    week: 2,
    estimatedMinutes: 150,
    difficulty: 'intermediate',
    prerequisites: ['backend-fundamentals/http-basics'],
  });

  it('shows week, time, level and linked prerequisites, and the objectives', () => {
    setCourseData([http, caching]);
    render(<LessonHeader lesson={toSummary(caching)} objectives={['Choose a TTL', 'Prevent a stampede', 'Measure hit ratio']} />);
    expect(screen.getByText('Week').nextSibling).toHaveTextContent('2');
    expect(screen.getByText('2 h 30 min')).toBeInTheDocument();
    expect(screen.getByText('Intermediate')).toBeInTheDocument();
    expect(screen.getByRole('link', {name: 'HTTP Basics'})).toHaveAttribute('href', '/docs/backend-fundamentals/http-basics');
    expect(screen.getByRole('heading', {name: 'What you will learn'})).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('Prevent a stampede');
  });

  it('says when there are no prerequisites, and marks an elective', () => {
    setCourseData([http]);
    render(<LessonHeader lesson={toSummary({...http, week: null})} objectives={[]} />);
    expect(screen.getByText('No prerequisites')).toBeInTheDocument();
    expect(screen.getByText('Elective')).toBeInTheDocument();
    expect(screen.queryByText('What you will learn')).toBeNull();
  });
});
