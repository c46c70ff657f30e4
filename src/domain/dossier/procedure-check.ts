/**
 * The catalog check of a procedure beyond its schema: known roles, actor periods that leave no day
 * uncovered and do not overlap, every step reachable from the first, and what is still unverified
 * (so `ntm procedures check` can print what is law and what is configurable data).
 */
import { addDays } from './dates.js';
import type { Procedure } from './procedure.schema.js';

export interface ProcedureFinding {
  where: string;
  problem: 'unknown_role' | 'actor_gap' | 'actor_overlap' | 'unreachable' | 'unverified' | 'unknown_duration';
  note: string;
}

export interface ProcedureReport {
  code: string;
  name: string;
  steps: number;
  errors: ProcedureFinding[];
  unverified: ProcedureFinding[];
}

const ERROR_PROBLEMS = new Set(['unknown_role', 'actor_gap', 'actor_overlap', 'unreachable']);

const dayAfter = (iso: string) => addDays(iso, 1);

function actorPeriods(p: Procedure, out: ProcedureFinding[], roles: readonly string[]) {
  for (const s of p.steps) {
    const sorted = [...s.actors].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    if (sorted[0]?.from !== null)
      out.push({
        where: `${s.code}.actors`,
        problem: 'actor_gap',
        note: 'không có quy định cho thời gian đầu / nothing before the first period',
      });
    if (sorted[sorted.length - 1]?.to !== null)
      out.push({ where: `${s.code}.actors`, problem: 'actor_gap', note: 'không có quy định cho hiện tại / nothing after the last period' });
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (!prev || !cur || prev.to === null || cur.from === null) {
        out.push({ where: `${s.code}.actors.${i}`, problem: 'actor_overlap', note: 'hai giai đoạn chồng nhau / periods overlap' });
        continue;
      }
      if (cur.from <= prev.to) out.push({ where: `${s.code}.actors.${i}`, problem: 'actor_overlap', note: `${cur.from} ≤ ${prev.to}` });
      else if (cur.from !== dayAfter(prev.to))
        out.push({ where: `${s.code}.actors.${i}`, problem: 'actor_gap', note: `${prev.to} → ${cur.from}` });
    }
    s.actors.forEach((a, i) => {
      for (const r of a.roles) if (!roles.includes(r)) out.push({ where: `${s.code}.actors.${i}.roles`, problem: 'unknown_role', note: r });
    });
  }
}

function reachability(p: Procedure, out: ProcedureFinding[]) {
  const byCode = new Map(p.steps.map((s) => [s.code, s]));
  const seen = new Set<string>();
  let at: string | null = p.steps[0]?.code ?? null;
  while (at !== null && !seen.has(at)) {
    seen.add(at);
    at = byCode.get(at)?.next ?? null;
  }
  for (const s of p.steps)
    if (!seen.has(s.code))
      out.push({ where: s.code, problem: 'unreachable', note: 'không đến được từ bước đầu / not reached from the first step' });
}

function unverifiedFacts(p: Procedure, out: ProcedureFinding[]) {
  const note = (src: string, n?: string) => (n ? `${src} (${n})` : src);
  if (!p.provenance.verified) out.push({ where: 'procedure', problem: 'unverified', note: note(p.provenance.source, p.provenance.note) });
  if (p.posting && !p.posting.provenance.verified) out.push({ where: 'posting', problem: 'unverified', note: p.posting.provenance.source });
  for (const [k, v] of [
    ['meetingVote', p.meetingVote],
    ['councilVote', p.councilVote],
  ] as const)
    if (v && (v.minAgreeingPercent === null || !v.provenance.verified))
      out.push({ where: k, problem: 'unverified', note: v.provenance.source });
  for (const s of p.steps) {
    if (s.duration.days === null)
      out.push({ where: `${s.code}.duration`, problem: 'unknown_duration', note: s.duration.provenance.source });
    else if (!s.duration.provenance.verified)
      out.push({ where: `${s.code}.duration`, problem: 'unverified', note: s.duration.provenance.source });
    s.actors.forEach((a, i) => {
      if (!a.provenance.verified)
        out.push({ where: `${s.code}.actors.${i}`, problem: 'unverified', note: note(a.provenance.source, a.provenance.note) });
    });
    for (const d of s.documents)
      if (!d.provenance.verified) out.push({ where: `${s.code}.documents.${d.code}`, problem: 'unverified', note: d.provenance.source });
  }
}

export function checkProcedure(p: Procedure, roles: readonly string[]): ProcedureReport {
  const all: ProcedureFinding[] = [];
  actorPeriods(p, all, roles);
  reachability(p, all);
  unverifiedFacts(p, all);
  return {
    code: p.code,
    name: p.name,
    steps: p.steps.length,
    errors: all.filter((f) => ERROR_PROBLEMS.has(f.problem)),
    unverified: all.filter((f) => !ERROR_PROBLEMS.has(f.problem)),
  };
}
