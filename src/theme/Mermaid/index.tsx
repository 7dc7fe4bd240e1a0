/**
 * Wraps Mermaid diagrams in a container that exists in the server-rendered
 * HTML (the diagram itself renders only in the browser, with Mermaid loaded
 * on demand). The container reserves space against layout shift and lets
 * tests find every diagram a page should show.
 */
import type {ReactNode} from 'react';
import type MermaidType from '@theme/Mermaid';
import Mermaid from '@theme-original/Mermaid';
import type {WrapperProps} from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

export default function MermaidWrapper(props: Props): ReactNode {
  return (
    <div className={styles.diagram} data-diagram="mermaid">
      <Mermaid {...props} />
    </div>
  );
}
