/** The years the server accepts for a cycle (CycleArgs: @Min(2000) @Max(2100)). */
export const MIN_CYCLE_YEAR = 2000;
export const MAX_CYCLE_YEAR = 2100;

export type CycleYearError = 'required' | 'range';

/** The year as typed in the form, or why it cannot be sent. */
export function parseCycleYear(value: string): { year: number } | { error: CycleYearError } {
  const trimmed = value.trim();
  if (!trimmed) {
    return { error: 'required' };
  }
  const year = Number(trimmed);
  return Number.isInteger(year) && year >= MIN_CYCLE_YEAR && year <= MAX_CYCLE_YEAR
    ? { year }
    : { error: 'range' };
}
