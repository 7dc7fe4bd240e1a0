import {describe, expect, it} from 'vitest';
import {splitExcerpt, toHits} from './pagefind';

describe('toHits', () => {
  const page = {
    url: '/docs/backend-fundamentals/http-basics/',
    excerpt: 'PUT is <mark>idempotent</mark>',
    meta: {title: 'HTTP Basics', section: 'Phase 1: Backend Fundamentals'},
  };

  it('links to the matching sections of a page, labelled with page and phase', () => {
    const hits = toHits({
      ...page,
      sub_results: [
        {title: 'HTTP Basics', url: '/docs/backend-fundamentals/http-basics/', excerpt: 'page'},
        {title: 'Methods', url: '/docs/backend-fundamentals/http-basics/#methods', excerpt: 'an <mark>idempotent</mark> method'},
        {title: 'Retries', url: '/docs/backend-fundamentals/http-basics/#retries', excerpt: 'retry'},
        {title: 'Caching', url: '/docs/backend-fundamentals/http-basics/#caching', excerpt: 'cache'},
      ],
    });
    expect(hits).toEqual([
      {
        title: 'HTTP Basics',
        url: '/docs/backend-fundamentals/http-basics/#methods',
        section: 'Phase 1: Backend Fundamentals',
        heading: 'Methods',
        excerpt: 'an <mark>idempotent</mark> method',
      },
      expect.objectContaining({heading: 'Retries'}),
    ]);
  });

  it('falls back to the page when no section matched', () => {
    expect(toHits(page)).toEqual([
      {title: 'HTTP Basics', url: page.url, section: 'Phase 1: Backend Fundamentals', heading: null, excerpt: page.excerpt},
    ]);
  });

  it('labels a page without a phase as a guide', () => {
    expect(toHits({url: '/docs/getting-started/', excerpt: '', meta: {}})[0]).toMatchObject({section: 'Guide', title: '/docs/getting-started/'});
  });
});

describe('splitExcerpt', () => {
  it('separates marked words and decodes entities, so text renders escaped', () => {
    expect(splitExcerpt('a &lt;b&gt; <mark>PUT</mark> &amp; <mark>DELETE</mark>')).toEqual([
      {text: 'a <b> ', marked: false},
      {text: 'PUT', marked: true},
      {text: ' & ', marked: false},
      {text: 'DELETE', marked: true},
    ]);
  });

  it('returns plain text unchanged', () => {
    expect(splitExcerpt('no match')).toEqual([{text: 'no match', marked: false}]);
  });
});
