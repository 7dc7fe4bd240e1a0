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
