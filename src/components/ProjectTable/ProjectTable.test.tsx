import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {setCourseData} from '@site/tests/unit/curriculumFixture';
import ProjectTable from '.';

describe('ProjectTable', () => {
  it('lists the four projects with their weeks and stack', () => {
    setCourseData();
    render(<ProjectTable />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '1. E-commerce Backend',
      '2. Real-time Chat',
      '3. Data Pipeline',
      '4. Microservices Platform',
    ]);
    expect(rows[1]).toHaveTextContent('5–8');
    expect(rows[0]).toHaveTextContent('PostgreSQL');
  });
});
