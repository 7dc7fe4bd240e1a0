/**
 * Course search: a button in the navbar that opens a modal dialog. The
 * Pagefind index is loaded on first open, from this site, and only the index
 * fragments a query needs are fetched. Keyboard: "/" or Ctrl/Cmd+K opens,
 * Escape closes, arrow keys move between results.
 */
import {useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {searchCourse, splitExcerpt, type SearchHit} from '@site/src/search/pagefind';
import styles from './styles.module.css';

type Status =
  | {kind: 'idle'}
  | {kind: 'searching'}
  | {kind: 'done'; hits: SearchHit[]}
  | {kind: 'unavailable'};

const DEBOUNCE_MS = 150;

function Excerpt({excerpt}: {excerpt: string}): ReactNode {
  return (
    <span className={styles.excerpt}>
      {splitExcerpt(excerpt).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}

function statusMessage(status: Status, query: string): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'searching':
      return 'Searching…';
    case 'unavailable':
      return 'Search works on the built site. Run npm run build and npm run serve to try it locally.';
    case 'done':
      return status.hits.length === 0
        ? `No results for “${query}”.`
        : `${status.hits.length} result${status.hits.length === 1 ? '' : 's'} for “${query}”.`;
  }
}

export default function SearchBar(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>({kind: 'idle'});
  const titleId = useId();
  const statusId = useId();

  const open = useCallback(() => {
    dialogRef.current?.showModal();
    inputRef.current?.focus();
  }, []);
  const close = useCallback(() => dialogRef.current?.close(), []);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]') !== null;
      const shortcut = (event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing);
      if (shortcut && !dialogRef.current?.open) {
        event.preventDefault();
        open();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length === 0) {
      setStatus({kind: 'idle'});
      return undefined;
    }
    let cancelled = false;
    setStatus({kind: 'searching'});
    const timer = window.setTimeout(() => {
      searchCourse(siteConfig.baseUrl, trimmed)
        .then((hits) => {
          if (!cancelled) setStatus({kind: 'done', hits});
        })
        .catch(() => {
          if (!cancelled) setStatus({kind: 'unavailable'});
        });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, siteConfig.baseUrl]);

  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(listRef.current?.querySelectorAll('a') ?? []);
    if (links.length === 0) return;
    event.preventDefault();
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = current + step;
    if (next < 0) inputRef.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  const hits = status.kind === 'done' ? status.hits : [];

  return (
    <>
      <button type="button" className={styles.trigger} onClick={open} aria-label="Search" aria-keyshortcuts="/ Control+K Meta+K">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
          <path
            d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64-1.06 1.06-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
            fill="currentColor"
          />
        </svg>
        <span>Search</span>
        <kbd className={styles.shortcut} aria-hidden="true">
          /
        </kbd>
      </button>
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-labelledby={titleId}
        onClick={(event) => {
          // A click on the backdrop lands on the dialog element itself.
          if (event.target === dialogRef.current) close();
        }}>
        <div className={styles.panel} onKeyDown={moveFocus}>
          <div className={styles.header}>
            {/* A dialog title, not a section of the page: no anchor link, so not <Heading>. */}
            {/* eslint-disable-next-line @docusaurus/prefer-docusaurus-heading */}
            <h2 id={titleId} className={styles.title}>
              Search the course
            </h2>
            <button type="button" className={styles.close} onClick={close}>
              Close
            </button>
          </div>
          <label className={styles.label}>
            <span className="sr-only">Search lessons and sections</span>
            <input
              ref={inputRef}
              className={styles.input}
              type="search"
              value={query}
              placeholder="Search lessons and sections"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={statusId}
              onChange={(event) => setQuery(event.target.value)}
            />
          </label>
          <p id={statusId} className={styles.status} role="status" aria-live="polite">
            {statusMessage(status, query.trim())}
          </p>
          {hits.length > 0 && (
            <ul ref={listRef} className={styles.results} aria-label="Search results">
              {hits.map((hit) => (
                <li key={hit.url}>
                  <Link to={hit.url} className={styles.hit} onClick={close}>
                    <span className={styles.where}>
                      {hit.section} · {hit.title}
                    </span>
                    <span className={styles.heading}>{hit.heading ?? hit.title}</span>
                    <Excerpt excerpt={hit.excerpt} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      </dialog>
    </>
  );
}
