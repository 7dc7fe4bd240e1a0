/** Global data built from the real src/data (with no lessons), for component tests. */
import {buildGlobalData} from '@site/src/curriculum/derive';
import {phases} from '@site/src/data/phases';
import {projects} from '@site/src/data/projects';
import {weeks} from '@site/src/data/weeks';
import {setPluginData} from './doubles/useGlobalData';

export function useRealCourseData(): void {
  setPluginData('curriculum', buildGlobalData([], {phases, weeks, projects}));
}
