import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {setCourseData} from '@site/tests/unit/curriculumFixture';
import PhaseTable from '.';

describe('PhaseTable', () => {
  it('lists the ten phases from src/data with their weeks and goals', () => {
    setCourseData();
    render(<PhaseTable />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent(/^1–21\. Backend Fundamentals/);
    expect(rows[9]).toHaveTextContent('13–1410. Advanced Topics');
    expect(screen.getByRole('rowheader', {name: '3. AWS'})).toBeInTheDocument();
  });
});
