import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';

/**
 * Links KaTeX's stylesheet from this site. Added by the katex remark plugin
 * to pages that contain math, and only to them; authors never write it.
 */
export default function KatexStylesheet(): ReactNode {
  const href = useBaseUrl('/katex/katex.min.css');
  return (
    <Head>
      <link rel="stylesheet" href={href} />
    </Head>
  );
}
