import {render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import type * as PagefindModule from '@site/src/search/pagefind';
import type {SearchHit} from '@site/src/search/pagefind';

const searchCourse = vi.fn<(baseUrl: string, query: string) => Promise<SearchHit[]>>();
vi.mock('@site/src/search/pagefind', async (importOriginal) => ({
  ...(await importOriginal<typeof PagefindModule>()),
  searchCourse: (baseUrl: string, query: string) => searchCourse(baseUrl, query),
}));

const {default: SearchBar} = await import('.');

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  searchCourse.mockReset();
});

const hits: SearchHit[] = [
  {title: 'HTTP Basics', url: '/docs/a/#methods', section: 'Phase 1: Backend Fundamentals', heading: 'Methods', excerpt: 'an <mark>idempotent</mark> method'},
  {title: 'HTTP Basics', url: '/docs/a/#retries', section: 'Phase 1: Backend Fundamentals', heading: 'Retries', excerpt: 'safe to retry'},
];

describe('SearchBar', () => {
  it('opens with the "/" key and focuses the search field', async () => {
    const user = userEvent.setup();
    render(<SearchBar />);
    await user.keyboard('/');
    expect(screen.getByRole('dialog', {name: 'Search the course'})).toHaveAttribute('open');
    expect(screen.getByRole('searchbox', {name: 'Search lessons and sections'})).toHaveFocus();
  });

  it('shows hits with their phase and section, announces the count, and moves through them with arrows', async () => {
    searchCourse.mockResolvedValue(hits);
    const user = userEvent.setup();
    render(<SearchBar />);
    await user.click(screen.getByRole('button', {name: /search/i}));
    await user.type(screen.getByRole('searchbox'), 'idempotent');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 results for “idempotent”.'));
    expect(searchCourse).toHaveBeenLastCalledWith('/', 'idempotent');
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveAttribute('href', '/docs/a/#methods');
    expect(links[0]).toHaveTextContent('Phase 1: Backend Fundamentals · HTTP Basics');
    expect(screen.getByText('idempotent', {selector: 'mark'})).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('says so when nothing matches', async () => {
    searchCourse.mockResolvedValue([]);
    const user = userEvent.setup();
    render(<SearchBar />);
    await user.click(screen.getByRole('button', {name: /search/i}));
    await user.type(screen.getByRole('searchbox'), 'zzz');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No results for “zzz”.'));
  });

  it('explains how to get search when the index is missing (dev server)', async () => {
    searchCourse.mockRejectedValue(new Error('404'));
    const user = userEvent.setup();
    render(<SearchBar />);
    await user.click(screen.getByRole('button', {name: /search/i}));
    await user.type(screen.getByRole('searchbox'), 'http');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/npm run build/));
  });
});
