import type {AnchorHTMLAttributes, ReactNode} from 'react';

/** Stands in for @docusaurus/Link: a plain anchor with the same `to` prop. */
export default function Link({to, children, ...rest}: {to: string; children?: ReactNode} & AnchorHTMLAttributes<HTMLAnchorElement>): ReactNode {
  return (
    <a href={to} {...rest}>
      {children}
    </a>
  );
}
