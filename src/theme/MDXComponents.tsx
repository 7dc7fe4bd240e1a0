/**
 * Components every lesson may use without importing them. Only light ones
 * belong here, since the registry ships with every page: code tabs are used by
 * nearly every lesson. Quizzes and lab checklists are imported per page by
 * plugins/mdx-components, so only pages that use them load their code.
 */
import MDXComponents from '@theme-original/MDXComponents';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';

export default {
  ...MDXComponents,
  Tabs,
  TabItem,
};
