/**
 * Part I of the plan (MỤC TIÊU) printed as the plan states it: its points and sub-headings, each
 * objective in the paragraph the plan puts it in (joined to the one before, or in its parentheses), and
 * only objectives the plan states under I — one a task's text states is printed there, not here.
 */
import type { Plan } from '../domain/plan/plan.schema.js';
import { ISSUING_AREA_VI } from '../domain/plan/plan-document.schema.js';
import type { CommuneTarget, Objective } from '../domain/plan/plan-objective.schema.js';
import { body, para } from './docx-format.js';

const two = (n: number) => String(n).padStart(2, '0');
const parentOf = (point: string) => point.slice(0, point.lastIndexOf('.'));
/** "I.2.1" → "2.1.": the number as printed under its roman part. */
const printedNumber = (point: string) => `${point.split('.').slice(1).join('.')}.`;

/** Where the plan states the objective: its statedIn, else the point its id starts with ("II.1.8-bhyt"), else I.1. */
export const pointOf = (o: Objective) => o.statedIn ?? /^[IVX]+(\.\d+)+(?![\dA-Za-z])/u.exec(o.id)?.[0] ?? 'I.1';

/** The heading an objective is printed under: its point or the nearest known one above; null outside I. */
function placeOf(o: Objective, known: ReadonlySet<string>): string | null {
  let p = pointOf(o);
  if (p.split('.')[0] !== 'I') return null;
  while (!known.has(p) && p.includes('.')) p = parentOf(p);
  return known.has(p) ? p : 'I.1';
}

const END = /[.;:]+$/u;

/** The paragraphs of a run of objectives: an objective that `joins` goes into the paragraph before it. */
export function objectiveParagraphs(objectives: readonly Objective[], defaultEnd: string): string[] {
  const groups: Objective[][] = [];
  for (const o of objectives) {
    const last = groups.at(-1);
    if (o.joins && last) last.push(o);
    else groups.push([o]);
  }
  return groups.map((g) => {
    const text = g
      .map((o, i) => {
        const t = o.text.trim().replace(END, '');
        if (i === 0) return t;
        return o.joins === 'parenthesis' ? ` (${t})` : `; ${t}`;
      })
      .join('');
    const end = END.exec((g.at(-1) as Objective).text.trim())?.[0] ?? defaultEnd;
    return `${text}${end}`;
  });
}

/** "Xã Nâm Nung: 05 tiêu chí (Trường học; …)." as the plan wrote it, or built from the criteria's names. */
export function communeTargetLine(t: CommuneTarget, names: ReadonlyMap<number, string>): string {
  if (t.sourceText) return t.sourceText;
  return `Xã ${t.name}: ${two(t.criteria.length)} tiêu chí (${t.criteria.map((n) => names.get(n) ?? `Tiêu chí ${n}`).join('; ')}).`;
}

export function objectiveSection(plan: Plan, names: ReadonlyMap<number, string>) {
  const kind = plan.issuingUnit.kind;
  const headings = [
    { number: 'I.1', title: `Mục tiêu chung toàn ${ISSUING_AREA_VI[kind]} năm ${plan.year}` },
    // A commune's own plan has one commune: its targets are the commune's, not "each commune's".
    { number: 'I.2', title: kind === 'commune' ? 'Mục tiêu cụ thể của xã' : 'Mục tiêu cụ thể cho từng xã' },
  ];
  const subs = plan.objectiveSections;
  const known = new Set([...headings, ...subs].map((s) => s.number));
  // The per-commune lines open I.2, or its first sub-heading when it has some.
  const communesAt = subs.find((s) => s.number.startsWith('I.2.'))?.number ?? 'I.2';
  const communeLines = plan.communeTargets.filter((t) => t.criteria.length > 0).map((t) => body(`- ${communeTargetLine(t, names)}`));
  const content = (point: string) => {
    const bullets = point === 'I.1' || point.startsWith('I.1.');
    const own = plan.objectives.filter((o) => placeOf(o, known) === point);
    return [
      ...(point === communesAt ? communeLines : []),
      ...objectiveParagraphs(own, bullets ? ';' : '').map((p) => body(bullets ? `- ${p}` : p)),
    ];
  };
  const out = [para('I. MỤC TIÊU', { bold: true, keepNext: true, before: 6 })];
  for (const h of headings) {
    out.push(body(`${printedNumber(h.number)} ${h.title}`, { bold: true, keepNext: true }), ...content(h.number));
    for (const s of subs.filter((x) => parentOf(x.number) === h.number)) {
      out.push(body(`${printedNumber(s.number)} ${s.title}`, { bold: true, keepNext: true }), ...content(s.number));
    }
  }
  return out;
}

/** The source's slips and how this copy prints them: the original is kept here, never lost. */
export function sourceNotes(plan: Plan) {
  if (plan.sourceCorrections.length === 0) return [];
  return [
    para('Ghi chú về bản chép:', { bold: true, italics: true, size: 12, align: 'left', before: 12, after: 0, keepNext: true }),
    ...plan.sourceCorrections.map((c, i) => {
      const how = c.printed === null ? 'giữ nguyên như văn bản gốc' : `bản này ghi “${c.printed}”`;
      const remark = c.remark ? ` ${c.remark}` : '';
      // A quoted text that ends a sentence already ("bền vững.") takes no second full stop.
      const line = `${i + 1}. ${c.where}: văn bản gốc ghi “${c.source}”, ${how}.`.replace(/\.”\.$/u, '.”');
      return para(`${line}${remark}`, { size: 12, align: 'left', after: 0 });
    }),
  ];
}
