/**
 * The sidebar is derived from the curriculum model: top-level pages first, then
 * one category per phase in roadmap order holding its published lessons in the
 * same order as the roadmap. A phase with no published lesson is left out
 * rather than shown empty.
 */
import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {loadCurriculum} from './plugins/curriculum/load';

const {data, lessons, pages} = loadCurriculum({siteDir: __dirname});

const phaseCategories = data.phases.flatMap((phase) => {
  const items = lessons.filter((lesson) => lesson.phaseId === phase.id).map((lesson) => lesson.id);
  if (items.length === 0) return [];
  return [
    {
      type: 'category' as const,
      label: `${phase.number}. ${phase.title}`,
      description: phase.goal,
      collapsible: true,
      collapsed: false,
      items,
    },
  ];
});

const sidebars = {
  course: [...pages.map((page) => page.id), ...phaseCategories],
} satisfies SidebarsConfig;

export default sidebars;
