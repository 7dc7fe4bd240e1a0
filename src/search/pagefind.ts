/**
 * A typed, lazy client for the Pagefind index written by plugins/search. The
 * index script is fetched from this site on first use only, never bundled.
 */

/** One hit, reduced to what the search dialog shows. */
export interface SearchHit {
  /** The page's title. */
  title: string;
  /** Site-relative URL of the page or of the section anchor. */
  url: string;
  /** "Phase 1: Backend Fundamentals" or "Guide". */
  section: string;
  /** The heading of the matching section, when the hit is inside one. */
  heading: string | null;
  /** Text around the match, with `<mark>` around matched words. */
  excerpt: string;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

interface PagefindModule {
  options(options: {baseUrl?: string; excerptLength?: number}): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{results: {id: string; data(): Promise<PagefindResultData>}[]} | null>;
}

let modulePromise: Promise<PagefindModule> | null = null;

/** Loads `<baseUrl>pagefind/pagefind.js` once. Rejects if the index is absent (as under `npm start`). */
export function loadPagefind(baseUrl: string): Promise<PagefindModule> {
  if (!modulePromise) {
    const url = `${baseUrl}pagefind/pagefind.js`;
    modulePromise = (import(/* webpackIgnore: true */ url) as Promise<PagefindModule>)
      .then(async (pagefind) => {
        // Result URLs stay site-relative; <Link> adds the base URL when it renders them.
        await pagefind.options({baseUrl: '/', excerptLength: 24});
        await pagefind.init();
        return pagefind;
      })
      .catch((error: unknown) => {
        modulePromise = null;
        throw error;
      });
  }
  return modulePromise;
}

/**
 * Turns one Pagefind result into hits: the best-matching section first (so
 * the link lands on the heading), or the page itself when no section matched.
 */
export function toHits(data: PagefindResultData, maxSections = 2): SearchHit[] {
  const title = data.meta.title ?? data.url;
  const section = data.meta.section ?? 'Guide';
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#') && sub.title !== title);
  if (sections.length === 0) {
    return [{title, url: data.url, section, heading: null, excerpt: data.excerpt}];
  }
  return sections.slice(0, maxSections).map((sub) => ({
    title,
    url: sub.url,
    section,
    heading: sub.title,
    excerpt: sub.excerpt,
  }));
}

export async function searchCourse(baseUrl: string, query: string, maxPages = 8): Promise<SearchHit[]> {
  const pagefind = await loadPagefind(baseUrl);
  const response = await pagefind.search(query);
  if (!response) return [];
  const pages = await Promise.all(response.results.slice(0, maxPages).map((result) => result.data()));
  return pages.flatMap((page) => toHits(page));
}

/**
 * Splits a Pagefind excerpt into plain-text runs and marked runs, so the UI can
 * render it as React text (escaped) instead of injecting HTML.
 */
export function splitExcerpt(excerpt: string): {text: string; marked: boolean}[] {
  const decode = (value: string) =>
    value
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter((part) => part.length > 0)
    .map((part) =>
      part.startsWith('<mark>')
        ? {text: decode(part.slice('<mark>'.length, -'</mark>'.length)), marked: true}
        : {text: decode(part), marked: false},
    );
}
