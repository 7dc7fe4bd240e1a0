import {render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import ScrollTable from '.';

class FakeResizeObserver {
  observe(): void {}
  disconnect(): void {}
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderTable() {
  return render(
    <ScrollTable>
      <tbody>
        <tr>
          <td>1</td>
        </tr>
      </tbody>
    </ScrollTable>,
  );
}

describe('ScrollTable', () => {
  it('makes the wrapper focusable when the table is wider than the screen', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(375);
    renderTable();
    expect(screen.getByRole('table').parentElement).toHaveAttribute('tabindex', '0');
  });

  it('adds no tab stop when the table fits', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    renderTable();
    expect(screen.getByRole('table').parentElement).not.toHaveAttribute('tabindex');
  });
});
