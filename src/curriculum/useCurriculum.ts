import {usePluginData} from '@docusaurus/useGlobalData';
import type {CurriculumGlobalData} from './types';

/** The validated curriculum, as the curriculum plugin computed it at build time. */
export function useCurriculum(): CurriculumGlobalData {
  return usePluginData('curriculum') as CurriculumGlobalData;
}
