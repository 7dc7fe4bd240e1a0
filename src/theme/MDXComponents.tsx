/**
 * Components every lesson may use without importing them. Only light ones
 * belong here, since the registry ships with every page: code tabs are used by
 * nearly every lesson, and every Markdown table needs to scroll accessibly. Quizzes and lab checklists are imported per page by
 * plugins/mdx-components, so only pages that use them load their code.
 */
import MDXComponents from '@theme-original/MDXComponents';
import ScrollTable from '@site/src/components/ScrollTable';
import type {ComponentProps, ReactNode} from 'react';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';

/**
 * Code tabs render only the selected tab. A lesson shows each example in Go and
 * TypeScript; rendering both doubles the page's largest part (thousands of
 * highlighted tokens) for a tab most readers never open. Search still indexes
 * the default tab.
 */
function LazyTabs(props: ComponentProps<typeof Tabs>): ReactNode {
  return <Tabs lazy {...props} />;
}

export default {
  ...MDXComponents,
  Tabs: LazyTabs,
  TabItem,
  // Markdown tables scroll sideways on phones; the wrapper keeps them keyboard-scrollable.
  table: ScrollTable,
};
