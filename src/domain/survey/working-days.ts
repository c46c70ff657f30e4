/**
 * Working days between two dates, Saturdays and Sundays not counted (the survey's time limit is given
 * so). Public holidays are not known to the product and are counted as working days.
 */

const dayMs = 86_400_000;
const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Days from `from` to `to`, both counted, that are Monday to Friday (0 when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let t = toUtc(from); t <= toUtc(to); t += dayMs) {
    const d = new Date(t).getUTCDay();
    if (d !== 0 && d !== 6) n++;
  }
  return n;
}

/** The last day of a period of `days` working days starting on `from` (counted if a working day). */
export function lastWorkingDay(from: string, days: number): string {
  let t = toUtc(from);
  let n = 0;
  for (;;) {
    const d = new Date(t).getUTCDay();
    if (d !== 0 && d !== 6) n++;
    if (n >= days) return fromUtc(t);
    t += dayMs;
  }
}
