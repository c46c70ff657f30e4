/**
 * Starting a plan from nothing: the legal bases the catalogue offers a unit for a year (standing ones
 * prefilled), and the new draft from year, issuing unit, chosen bases and objectives — every fact checked
 * with a message naming the field, then inserted and audited like any other plan.
 */
import { legalBasisCatalog } from '../../catalog/legal-bases/index.js';
import { AppError, type ErrorIssue, invalid, issuesFromZod } from '../../domain/errors.js';
import { bindsUnit, servesYear } from '../../domain/plan/legal-basis-catalog.schema.js';
import { ISSUING_UNIT_KINDS, type IssuingUnitKind } from '../../domain/plan/plan-document.schema.js';
import { newPlan, newPlanInputSchema } from '../../domain/plan/plan-new.js';
import { normalizeForSearch } from '../../domain/text/vietnamese.js';
import { ancestorsOf } from '../access.js';
import { getSet, listSets } from '../catalog.service.js';
import { inTransaction, type ServiceContext } from '../context.js';
import { getUnit, type Unit } from '../unit.service.js';
import { sweepNotifications } from './notification.service.js';
import { getPlan, insertPlan, parsePlan } from './plan.service.js';
import { authorizePlan } from './plan-access.js';

const bad = (issues: ErrorIssue[]) =>
  invalid(
    'plan.new_invalid',
    { vi: 'Chưa lập được kế hoạch mới: xem các mục cần sửa', en: 'The new plan is not valid: see the fields to fix' },
    issues,
  );

async function unitFor(ctx: ServiceContext, code: string): Promise<Unit> {
  try {
    return await getUnit(ctx, code);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') {
      throw bad([{ path: 'issuingUnitCode', message: `Không có đơn vị hành chính mã "${code}" / no administrative unit "${code}"` }]);
    }
    throw e;
  }
}

/** The catalogue's bases that bind the unit, each saying whether it serves the year and is prefilled. */
export async function legalBasisChoices(ctx: ServiceContext, input: { year: number; unitCode: string }) {
  const unit = await unitFor(ctx, input.unitCode);
  const chain = [unit.code, ...(await ancestorsOf(ctx, unit.code))];
  return legalBasisCatalog()
    .filter((e) => bindsUnit(e, chain))
    .map((e) => ({ ...e, servesYear: servesYear(e, input.year), prefill: e.standing && servesYear(e, input.year) }));
}

/** The criteria set for commune NTM targets in `year` (not a demo set), or null when none covers it. */
async function ntmSetFor(ctx: ServiceContext, year: number): Promise<string | null> {
  for (const s of await listSets(ctx)) {
    if (s.tier !== 'ntm' || s.demo) continue;
    const set = await getSet(ctx, s.code);
    if (set.phase.fromYear <= year && year <= set.phase.toYear) return s.code;
  }
  return null;
}

/** Plans are issued by a province, a district (until 30/6/2025) or a commune for itself — not by a town or ward. */
const isIssuingKind = (kind: string): kind is IssuingUnitKind => (ISSUING_UNIT_KINDS as readonly string[]).includes(kind);

export async function startPlan(ctx: ServiceContext, body: unknown) {
  const parsed = newPlanInputSchema.safeParse(body);
  if (!parsed.success) throw bad(issuesFromZod(parsed.error.issues));
  const input = parsed.data;
  const unit = await unitFor(ctx, input.issuingUnitCode);
  const code =
    input.code ??
    `${normalizeForSearch(unit.name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${input.year}`;
  await authorizePlan(ctx, 'plans.write', unit.code, code);
  const issues: ErrorIssue[] = [];
  if (!isIssuingKind(unit.kind)) {
    issues.push({
      path: 'issuingUnitCode',
      message: `${unit.name} không phải tỉnh, huyện hoặc xã / ${unit.name} is not a province, district or commune`,
    });
  }
  if (unit.validFrom > `${input.year}-12-31` || (unit.validTo && unit.validTo < `${input.year}-01-01`)) {
    issues.push({
      path: 'issuingUnitCode',
      message: `${unit.name} không tồn tại trong năm ${input.year} / ${unit.name} does not exist in ${input.year}`,
    });
  }
  const choices = await legalBasisChoices(ctx, { year: input.year, unitCode: unit.code });
  const bases = input.legalBasisIds.flatMap((id, i) => {
    const e = choices.find((c) => c.id === id);
    if (!e) {
      issues.push({ path: `legalBasisIds.${i}`, message: `Không có căn cứ "${id}" cho ${unit.name} / no basis "${id}" for ${unit.name}` });
      return [];
    }
    if (!e.servesYear) {
      issues.push({
        path: `legalBasisIds.${i}`,
        message: `${e.documentType} ${e.number} không áp dụng cho năm ${input.year} / ${e.number} does not apply to ${input.year}`,
      });
    }
    return [e];
  });
  const criteriaSetCode = await ntmSetFor(ctx, input.year);
  if (!criteriaSetCode) {
    issues.push({
      path: 'year',
      message: `Chưa có bộ tiêu chí xã nông thôn mới cho năm ${input.year} / no NTM criteria set covers ${input.year}`,
    });
  }
  if (issues.length > 0 || !criteriaSetCode || !isIssuingKind(unit.kind)) throw bad(issues);
  const plan = parsePlan(newPlan(input, { code, unit: { code: unit.code, name: unit.name, kind: unit.kind }, bases, criteriaSetCode }));
  await inTransaction(ctx, (trx) => insertPlan(ctx, trx, plan, false), 'none');
  await sweepNotifications(ctx);
  return getPlan(ctx, code);
}
