/**
 * The curriculum plugin: validates lessons and `src/data/` once per build and
 * hands the result to pages and components as global data (`useCurriculum()`).
 * Any problem fails the build with its file and field.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildGlobalData} from '../../src/curriculum/derive';
import type {CurriculumGlobalData} from '../../src/curriculum/types';
import {loadCurriculum} from './load';

export const CURRICULUM_PLUGIN_NAME = 'curriculum';

export default function curriculumPlugin(context: LoadContext): Plugin {
  return {
    name: CURRICULUM_PLUGIN_NAME,

    loadContent(): Promise<CurriculumGlobalData> {
      const {lessons, data} = loadCurriculum({siteDir: context.siteDir});
      return Promise.resolve(buildGlobalData(lessons, data));
    },

    contentLoaded({content, actions}) {
      actions.setGlobalData(content);
      return Promise.resolve();
    },

    getPathsToWatch() {
      return [path.join(context.siteDir, 'docs/**/*.{md,mdx}'), path.join(context.siteDir, 'src/data/**/*.ts')];
    },
  };
}
