/**
 * What a reader sees of works as of a date: names of kinds, communes, criteria and sources; the
 * funding plan by source and year; acceptances up to the date; `late` (planned end passed, not
 * completed) and `overBudget` (contract or accepted value above the approved total). Amounts in đồng.
 */
import { findSource, fundingPeriodOfYear, workKindName } from '../../catalog/funding/index.js';
import type { Executor } from '../../db/database.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import { workRepository } from '../../db/repositories/work.repository.js';
import type { WorkRow } from '../../db/schema-works.js';
import { getSet } from '../catalog.service.js';
import type { ServiceContext } from '../context.js';

function sourceName(code: string | null, year: number): string | null {
  if (!code) return null;
  try {
    return findSource(fundingPeriodOfYear(year), code)?.name ?? code;
  } catch {
    return code;
  }
}

export type WorkView = Awaited<ReturnType<typeof viewWorks>>[number];

export async function viewWorks(ctx: ServiceContext, ex: Executor, rows: readonly WorkRow[], asOf: string) {
  const ids = rows.map((r) => r.id);
  const [communes, criteria, plan, acceptances] = await Promise.all([
    workRepository.communes(ex, ids),
    workRepository.criteria(ex, ids),
    workRepository.fundingPlan(ex, ids),
    workRepository.acceptances(ex, ids, asOf),
  ]);
  const unitNames = new Map(
    (await unitRepository.getMany(ex, [...new Set([...communes.map((c) => c.unitCode), ...rows.map((r) => r.areaUnitCode)])])).map((u) => [
      u.code,
      u.name,
    ]),
  );
  const criterionNames = new Map<string, string>();
  for (const setCode of new Set(criteria.map((c) => c.setCode))) {
    try {
      for (const c of (await getSet(ctx, setCode, ex)).criteria) criterionNames.set(`${setCode}|${c.number}`, c.name);
    } catch {
      // a set removed since: the number stands alone
    }
  }
  return rows.map((w) => {
    const acc = acceptances.filter((a) => a.workId === w.id);
    const fundingPlan = plan
      .filter((p) => p.workId === w.id)
      .map((p) => ({ sourceCode: p.sourceCode, sourceName: sourceName(p.sourceCode, p.year), year: p.year, amount: p.amount }));
    const acceptedTotal = acc.reduce((s, a) => s + a.amount, 0);
    const completed = w.completedOn !== null && w.completedOn <= asOf;
    return {
      id: w.id,
      code: w.code,
      name: w.name,
      kindCode: w.kindCode,
      kindName: workKindName(w.kindCode) ?? w.kindCode,
      areaUnitCode: w.areaUnitCode,
      areaName: unitNames.get(w.areaUnitCode) ?? w.areaUnitCode,
      investor: w.investor,
      approvedTotal: w.approvedTotal,
      approvalNumber: w.approvalNumber,
      approvalDate: w.approvalDate,
      contractValue: w.contractValue,
      plannedStart: w.plannedStart,
      plannedEnd: w.plannedEnd,
      startedOn: w.startedOn,
      completedOn: w.completedOn,
      componentCode: w.componentCode,
      communityBuilt: w.communityBuilt === 1,
      settlement:
        w.settledOn && w.settledOn <= asOf
          ? { settledOn: w.settledOn, settledValue: w.settledValue ?? 0, settlementNumber: w.settlementNumber ?? '' }
          : null,
      demo: w.demo === 1,
      note: w.note,
      version: w.version,
      communes: communes.filter((c) => c.workId === w.id).map((c) => ({ code: c.unitCode, name: unitNames.get(c.unitCode) ?? c.unitCode })),
      criteria: criteria
        .filter((c) => c.workId === w.id)
        .map((c) => ({
          setCode: c.setCode,
          criterionNumber: c.criterionNumber,
          criterionName: criterionNames.get(`${c.setCode}|${c.criterionNumber}`) ?? null,
          indicatorCode: c.indicatorCode,
        })),
      fundingPlan,
      plannedTotal: fundingPlan.reduce((s, p) => s + p.amount, 0),
      acceptances: acc.map((a) => ({
        id: a.id,
        acceptedOn: a.acceptedOn,
        amount: a.amount,
        sourceCode: a.sourceCode,
        sourceName: sourceName(a.sourceCode, Number(a.acceptedOn.slice(0, 4))),
        document: a.document,
        fileId: a.fileId,
        note: a.note,
      })),
      acceptedTotal,
      late: w.plannedEnd !== null && w.plannedEnd < asOf && !completed,
      overBudget: w.approvedTotal !== null && ((w.contractValue ?? 0) > w.approvedTotal || acceptedTotal > w.approvedTotal),
    };
  });
}
