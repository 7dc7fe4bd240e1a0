/**
 * Wraps the blog layout for accessibility:
 * - the post's table of contents sits in a labelled landmark, like the docs';
 * - the post list, which has no heading of its own, gets the page's h1.
 */
import type {ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type BlogLayoutType from '@theme/BlogLayout';
import BlogLayout from '@theme-original/BlogLayout';
import Heading from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof BlogLayoutType>;

/** The blog index and its paginated pages: /blog/ and /blog/page/2/. */
export function isBlogListPath(pathname: string, blogBase: string): boolean {
  const base = blogBase.endsWith('/') ? blogBase : `${blogBase}/`;
  return pathname === base || pathname === base.slice(0, -1) || new RegExp(`^${base}page/\\d+/?$`).test(pathname);
}

export default function BlogLayoutWrapper({toc, children, ...props}: Props): ReactNode {
  const {pathname} = useLocation();
  const blogBase = useBaseUrl('/blog/');
  const listPage = isBlogListPath(pathname, blogBase);
  return (
    <BlogLayout {...props} toc={toc ? <aside aria-label="On this page">{toc}</aside> : undefined}>
      {listPage && <Heading as="h1">Blog</Heading>}
      {children}
    </BlogLayout>
  );
}
