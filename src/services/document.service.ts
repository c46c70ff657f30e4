/**
 * Gathers the data each document is written from and hands it to the pure writers in documents/:
 * the plan (.docx, .xlsx with progress), the board and the indicator values (.xlsx), the periodic
 * report (.docx). Reading rights are checked like every other read (the area's unit); the plan,
 * its tasks and supervision findings come from DocumentSources so they can move to the database.
 */

import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { boardXlsx } from '../documents/board-xlsx.js';
import { planDocx } from '../documents/plan-docx.js';
import { planXlsx } from '../documents/plan-xlsx.js';
import { reportDocx } from '../documents/report-docx.js';
import { type PeriodicReportInput, type PeriodKind, periodVi, reportPeriod } from '../documents/report-input.js';
import { type ValuesSheetCommune, valuesXlsx } from '../documents/values-xlsx.js';
import { AppError, invalid, notFound } from '../domain/errors.js';
import { evaluateCommune } from '../domain/evaluation/engine.js';
import type { IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import type { Plan } from '../domain/plan/plan.schema.js';
import type { DocumentNumber, Signer } from '../domain/plan/plan-document.schema.js';
import { overdueTasks, planProgress } from '../domain/plan/plan-progress.js';
import { dayBefore, formatDateVi, vietnamDay } from '../domain/text/vietnamese.js';
import { authorize } from './access.js';
import { board } from './board.service.js';
import { getCompiledSet, getSet } from './catalog.service.js';
import type { ServiceContext } from './context.js';
import { profileOf } from './evaluation.service.js';
import { optional, planFunding, reportFunding } from './funding/funding-documents.js';
import { planBaseline, planSnapshots } from './plan/plan-baseline.js';
import { type DocumentSources, databaseSources } from './report-sources.js';
import { getUnit } from './unit.service.js';
import { unpackValues } from './value.codec.js';

const KIND_VI: Record<string, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã', town: 'thị trấn', ward: 'phường' };

export const areaName = (u: { kind: string; name: string }) => `${KIND_VI[u.kind] ?? ''} ${u.name}`.trim();

const planNotFound = (code: string) => notFound('plan.not_found', { vi: `Không có kế hoạch "${code}"`, en: `No plan "${code}"` }, { code });

async function readablePlan(ctx: ServiceContext, code: string, sources: DocumentSources) {
  const plan = await sources.plan(ctx, code);
  if (!plan) throw planNotFound(code);
  await authorize(ctx, 'read', plan.issuingUnit.unitCode);
  return plan;
}

/** The board on a date, or null when the area has no evaluation then (no set assigned, unit not valid). */
async function boardOrNull(ctx: ServiceContext, unitCode: string, asOf: string) {
  try {
    return await board(ctx, { unitCode, asOf });
  } catch (e) {
    if (e instanceof AppError && (e.kind === 'invalid' || e.kind === 'not_found')) return null;
    throw e;
  }
}

/**
 * Where a plan stands on `asOf`: the baseline (31/12 of the year before), the progress, counts per commune.
 * The targets are judged on `judgedOn` (a report's issue date): after the year end, one not met is missed.
 */
export async function planStanding(ctx: ServiceContext, plan: Plan, asOf: string, judgedOn = asOf) {
  const startDate = `${plan.year - 1}-12-31`;
  const start = await boardOrNull(ctx, plan.issuingUnit.unitCode, startDate);
  const now = await boardOrNull(ctx, plan.issuingUnit.unitCode, asOf);
  const metAtStart = new Map((start?.rows ?? []).map((r) => [r.unitCode, r.metCount]));
  const metNow = new Map((now?.rows ?? []).map((r) => [r.unitCode, r.metCount]));
  if (!start || !now) return { progress: null, metAtStart, metNow, start, now };
  // The same baseline and snapshots as the plan dashboard (services/plan/plan-baseline.ts).
  const progress = planProgress(
    plan,
    await planBaseline(ctx, plan),
    await planSnapshots(ctx, plan, asOf),
    judgedOn > asOf ? judgedOn : asOf,
  );
  return { progress, metAtStart, metNow, start, now };
}

/** The plan a request names, or the unit's plan for the year; the unit is authorized first. */
export async function resolvePlanCode(
  ctx: ServiceContext,
  input: { unitCode: string; year: number; planCode?: string | undefined },
  sources: DocumentSources = databaseSources,
): Promise<string> {
  const unit = await getUnit(ctx, input.unitCode);
  await authorize(ctx, 'read', unit.code);
  if (input.planCode) return input.planCode;
  const plan = await sources.planFor(ctx, unit.code, input.year);
  if (!plan)
    throw notFound(
      'plan.not_found',
      { vi: `${areaName(unit)} chưa có kế hoạch năm ${input.year}`, en: `${unit.name} has no plan for ${input.year}` },
      { unitCode: unit.code, year: input.year },
    );
  return plan.code;
}

export async function planDocxFile(ctx: ServiceContext, input: { planCode: string }, sources: DocumentSources = databaseSources) {
  const plan = await readablePlan(ctx, input.planCode, sources);
  const set = await getSet(ctx, plan.criteriaSetCode);
  const start = await boardOrNull(ctx, plan.issuingUnit.unitCode, `${plan.year - 1}-12-31`);
  const buffer = await planDocx({
    plan: { ...plan, tasks: await sources.tasks(ctx, plan) },
    criteria: set.criteria,
    ...(start ? { metAtStart: new Map(start.rows.map((r) => [r.unitCode, r.metCount])) } : {}),
    ...optional('funding', await planFunding(ctx, plan.issuingUnit.unitCode, plan.year)),
  });
  return { buffer, filename: `ke-hoach-${plan.code}.docx` };
}

export async function planXlsxFile(ctx: ServiceContext, input: { planCode: string; asOf: string }, sources = databaseSources) {
  const plan = await readablePlan(ctx, input.planCode, sources);
  const tasks = await sources.tasks(ctx, plan);
  const s = await planStanding(ctx, plan, input.asOf);
  const buffer = await planXlsx({
    plan: { ...plan, tasks },
    progress: s.progress,
    metAtStart: s.metAtStart,
    metNow: s.metNow,
    asOf: input.asOf,
  });
  return { buffer, filename: `ke-hoach-${plan.code}-tien-do-${input.asOf}.xlsx` };
}

export async function boardXlsxFile(
  ctx: ServiceContext,
  input: { unitCode?: string | undefined; asOf: string; setCode?: string | undefined },
) {
  const b = await board(ctx, input);
  const title = b.scope ? `Kết quả thực hiện tiêu chí — ${areaName(b.scope)}` : 'Kết quả thực hiện tiêu chí — cả nước';
  const buffer = await boardXlsx({
    title,
    asOf: input.asOf,
    criteria: b.set.criteria,
    rows: b.rows,
    averageMet: b.summary.averageMet,
    demo: b.set.demo === true,
  });
  return { buffer, filename: `bang-tieu-chi-${input.unitCode ?? 'ca-nuoc'}-${input.asOf}.xlsx` };
}

/** Values in force on a date for the communes of the board, in the set's indicator order. */
export async function valuesXlsxFile(
  ctx: ServiceContext,
  input: { unitCode?: string | undefined; asOf: string; setCode?: string | undefined; withResults?: boolean | undefined },
) {
  const b = await board(ctx, input);
  const setCode = input.setCode ?? b.set.code;
  const compiled = await getCompiledSet(ctx, setCode);
  const rows = b.rows.filter((r) => r.setCode === setCode);
  const codes = rows.map((r) => r.unitCode);
  const packed = await indicatorValueRepository.packedAsOf(
    ctx.database.db,
    ctx.database.dialect,
    setCode,
    input.unitCode ? codes : null,
    input.asOf,
  );
  const kindAt = compiled.indicators.map((ci) => ci.indicator.kind);
  // The sheet shows what was entered; its results evaluate what the engine counts (returned = not entered).
  const byUnit = new Map<
    string,
    { entered: Map<string, IndicatorValue | null>; counted: Record<string, IndicatorValue | null>; dates: Map<string, string> }
  >();
  for (const p of packed) {
    const u = unpackValues(p.packed, compiled.indexOf, kindAt);
    const entered = new Map<string, IndicatorValue | null>();
    const counted: Record<string, IndicatorValue | null> = {};
    const dates = new Map<string, string>();
    compiled.indicators.forEach((ci, i) => {
      if (u.states[i] === null) return;
      entered.set(ci.indicator.code, u.entered[i] ?? null);
      counted[ci.indicator.code] = u.values[i] ?? null;
      const d = u.dates[i];
      if (d) dates.set(ci.indicator.code, d);
    });
    byUnit.set(p.unitCode, { entered, counted, dates });
  }
  const withResults = input.withResults ?? rows.length <= 2000;
  const statuses = withResults ? await unitRepository.classifications(ctx.database.db, codes) : [];
  const communes: ValuesSheetCommune[] = rows.map((r) => {
    const stored = byUnit.get(r.unitCode);
    const values = stored?.entered ?? new Map<string, IndicatorValue | null>();
    const dates = stored?.dates ?? new Map<string, string>();
    if (!withResults) return { unitCode: r.unitCode, name: r.name, values, dates };
    const profile = profileOf(
      compiled.set,
      statuses.filter((s) => s.unitCode === r.unitCode),
      input.asOf,
    );
    if (!profile) return { unitCode: r.unitCode, name: r.name, values, dates };
    const e = evaluateCommune(compiled, profile, input.asOf, stored?.counted ?? {});
    return {
      unitCode: r.unitCode,
      name: r.name,
      values,
      dates,
      results: new Map(e.indicators.map((i) => [i.code, { threshold: i.threshold, status: i.status }])),
    };
  });
  const buffer = await valuesXlsx({
    setCode,
    setName: compiled.set.name,
    asOf: input.asOf,
    scope: b.scope ? { code: b.scope.code, name: areaName(b.scope) } : null,
    indicators: compiled.indicators.map((ci) => ci.indicator),
    communes,
    exportedAt: ctx.now(),
    withResults,
  });
  return { buffer, filename: `gia-tri-chi-tieu-${input.unitCode ?? 'ca-nuoc'}-${input.asOf}.xlsx`, communes: communes.length };
}

export interface ReportRequest {
  unitCode: string;
  kind: PeriodKind;
  year: number;
  index?: number | undefined;
  /** Defaults to the unit's plan for the year, when there is one. */
  planCode?: string | undefined;
  documentNumber?: string | undefined;
  signer?: Signer | undefined;
  recipients?: string[] | undefined;
  /** The issue date the document bears (ISO); default: the last day of the period. */
  issuedOn?: string | undefined;
}

/** Everything a periodic report says, gathered for the period and area the user chose. */
export async function periodicReportInput(
  ctx: ServiceContext,
  req: ReportRequest,
  sources: DocumentSources = databaseSources,
): Promise<PeriodicReportInput> {
  const unit = await getUnit(ctx, req.unitCode);
  await authorize(ctx, 'read', unit.code);
  const period = reportPeriod(req.kind, req.year, req.index ?? 1);
  if (!period)
    throw invalid('report.bad_period', { vi: 'Kỳ báo cáo không hợp lệ', en: 'Invalid report period' }, [
      { path: 'index', message: `${req.kind} ${req.index ?? 1}: ngoài khoảng / out of range` },
    ]);
  const issuedOn = req.issuedOn ?? period.to;
  if (issuedOn < period.from)
    throw invalid(
      'report.bad_issue_date',
      {
        vi: `Ngày ban hành ${formatDateVi(issuedOn)} trước ngày đầu kỳ báo cáo (${formatDateVi(period.from)})`,
        en: `The issue date ${formatDateVi(issuedOn)} is before the first day of the period (${formatDateVi(period.from)})`,
      },
      [{ path: 'issuedOn', message: `${formatDateVi(issuedOn)} < ${formatDateVi(period.from)}` }],
    );
  // The figures stand on the period's last day, or on the issue date or today when that comes first.
  const today = vietnamDay(ctx.now());
  const earliest = [period.to, issuedOn, today].sort()[0] as string;
  const asOf = earliest < period.from ? period.from : earliest;
  const plan = req.planCode ? await readablePlan(ctx, req.planCode, sources) : await sources.planFor(ctx, unit.code, period.year);
  const standing = plan ? await planStanding(ctx, plan, asOf, issuedOn) : null;
  const now = standing?.now ?? (await boardOrNull(ctx, unit.code, asOf));
  if (!now)
    throw invalid('report.no_evaluation', {
      vi: `Không đánh giá được ${areaName(unit)} vào ngày ${formatDateVi(asOf)} (chưa gán bộ tiêu chí?)`,
      en: `${unit.name} cannot be evaluated on ${formatDateVi(asOf)} (no criteria set assigned?)`,
    });
  const metAtStart =
    standing?.metAtStart ??
    new Map((await boardOrNull(ctx, unit.code, dayBefore(`${period.year}-01-01`)))?.rows.map((r) => [r.unitCode, r.metCount]) ?? []);
  const tasks = plan ? await sources.tasks(ctx, plan) : [];
  const overdue = new Set(plan ? overdueTasks({ ...plan, tasks }, asOf).map((t) => t.number) : []);
  const agency = (code: string | null) => (code && plan ? (plan.agencies.find((a) => a.code === code)?.name ?? code) : null);
  const number: DocumentNumber = { number: req.documentNumber ?? null, symbol: 'BC-UBND' };
  return {
    period,
    authority: plan?.issuingUnit.authority ?? `Ủy ban nhân dân ${areaName(unit)}`,
    areaName: areaName(unit),
    documentNumber: number,
    place: plan?.place ?? unit.name,
    issuedOn: { year: Number(issuedOn.slice(0, 4)), month: Number(issuedOn.slice(5, 7)), day: Number(issuedOn.slice(8, 10)) },
    criteria: now.set.criteria,
    board: {
      asOf,
      rows: now.rows.map((r) => ({ ...r, metAtStart: metAtStart.get(r.unitCode) })),
      averageMet: now.summary.averageMet,
      demo: now.set.demo === true,
    },
    plan:
      plan && standing?.progress ? { title: plan.title, year: plan.year, targets: plan.communeTargets, progress: standing.progress } : null,
    tasks: tasks.map((t) => ({
      number: t.number,
      text: t.text,
      lead: agency(t.leadAgencyCode),
      deadline: t.deadline,
      status: t.status,
      overdue: overdue.has(t.number),
    })),
    supervision: await sources.supervision(ctx, unit.code, period.from, period.to),
    ...optional('funding', await reportFunding(ctx, unit.code, period.year, asOf)),
    signer: req.signer ?? plan?.signer ?? null,
    recipients: req.recipients ?? ['Ban Chỉ đạo các chương trình MTQG tỉnh', 'Văn phòng Điều phối NTM tỉnh', 'Lưu: VT'],
  };
}

export async function reportDocxFile(ctx: ServiceContext, req: ReportRequest, sources = databaseSources) {
  const input = await periodicReportInput(ctx, req, sources);
  const slug = periodVi(input.period)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/\s+/gu, '-');
  return { buffer: await reportDocx(input), filename: `bao-cao-${req.unitCode}-${slug}.docx`, input };
}
