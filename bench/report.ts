/**
 * Timing helpers and the report: each figure is printed as it is measured, beside its baseline
 * from the same run, the ratio and the target; the run ends with one compact summary table.
 */

export const now = () => performance.now();

export async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = now();
  const result = await fn();
  return { ms: now() - t0, result };
}

/**
 * Medians of several timed calls run round-robin (after `warmup` untimed rounds), so drift and
 * noise from other processes on the machine hit a figure and its baseline alike.
 */
export async function medians<K extends string>(fns: Record<K, () => unknown>, runs: number, warmup = 1): Promise<Record<K, number>> {
  const keys = Object.keys(fns) as K[];
  for (let i = 0; i < warmup; i++) for (const k of keys) await fns[k]();
  const times = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const k of keys) times.get(k)?.push((await time(fns[k])).ms);
  const out = {} as Record<K, number>;
  for (const k of keys) {
    const t = (times.get(k) ?? []).sort((a, b) => a - b);
    out[k] = t[Math.floor(t.length / 2)] as number;
  }
  return out;
}

export const fmtMs = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;

export function fmtRate(perSecond: number, unit: string) {
  const [v, s] = perSecond >= 1e6 ? [perSecond / 1e6, 'M'] : perSecond >= 1e3 ? [perSecond / 1e3, 'k'] : [perSecond, ''];
  return `${v.toFixed(v >= 100 ? 0 : 1)}${s} ${unit}/s`;
}

export interface Figure {
  section: string;
  name: string;
  value: string;
  baseline: string;
  /** e.g. "12.3×" or "41 %" */
  ratio: string;
  target: string;
  /** null when there is no target. */
  ok: boolean | null;
}

const figures: Figure[] = [];
const problems: string[] = [];

export function section(title: string) {
  console.log(`\n== ${title} ==`);
}

export function note(text: string) {
  console.log(`   ${text}`);
}

export function record(f: Figure) {
  figures.push(f);
  const mark = f.ok === null ? '' : f.ok ? '  ✓' : '  ✗ (above target)';
  console.log(`   ${f.name}: ${f.value}`);
  console.log(`      baseline ${f.baseline} → ratio ${f.ratio}${f.target ? `; target ${f.target}${mark}` : ''}`);
}

/** A result that disagrees with another measurement of the same thing: reported, and the exit code is 1. */
export function problem(text: string) {
  problems.push(text);
  console.log(`   !! ${text}`);
}

export const hasProblems = () => problems.length > 0;

function pad(s: string, n: number) {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function printSummary() {
  const head: Figure = {
    section: 'Section',
    name: 'Figure',
    value: 'Value',
    baseline: 'Baseline',
    ratio: 'Ratio',
    target: 'Target',
    ok: null,
  };
  const rows = [head, ...figures];
  const cells = (f: Figure) => [
    f.section,
    f.name,
    f.value,
    f.baseline,
    f.ratio,
    f.target,
    f === head ? 'Met' : f.ok === null ? '' : f.ok ? 'yes' : 'NO',
  ];
  const widths = cells(head).map((_, i) => Math.max(...rows.map((r) => (cells(r)[i] as string).length)));
  const line = (f: Figure) =>
    `| ${cells(f)
      .map((c, i) => pad(c, widths[i] as number))
      .join(' | ')} |`;
  console.log('\n== Summary ==');
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const f of figures) console.log(line(f));
  for (const p of problems) console.log(`!! ${p}`);
}
