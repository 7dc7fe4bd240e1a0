/** Small display helpers shared by pages and components. */

/** "3" or "13–14" from a phase's or project's weeks (first to last). */
export function weekSpan(weeks: readonly number[]): string {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? `${first}` : `${first}–${last}`;
}

/** "Week 3" or "Weeks 13–14". */
export function weekRange(weeks: readonly number[]): string {
  const span = weekSpan(weeks);
  if (span === '') return '';
  return `${span.includes('–') ? 'Weeks' : 'Week'} ${span}`;
}

/** "45 min", "2 h", "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const DIFFICULTY_LABEL = {beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced'} as const;

export function formatDifficulty(difficulty: keyof typeof DIFFICULTY_LABEL): string {
  return DIFFICULTY_LABEL[difficulty];
}
