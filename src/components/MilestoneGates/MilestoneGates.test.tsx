import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {setCourseData} from '@site/tests/unit/curriculumFixture';
import MilestoneGates from '.';

describe('MilestoneGates', () => {
  it('shows only the weeks with a success metric, in order', () => {
    setCourseData();
    render(<MilestoneGates />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.firstChild?.textContent)).toEqual(['Week 4', 'Week 8', 'Week 12', 'Week 14']);
    expect(items[0]).toHaveTextContent('Deploy a simple web app to AWS.');
  });
});
