/**
 * The date context every signed-in screen opens on: the default reporting date of a unit (or of the
 * whole country) with the reason for it, and the quick choices (plan years, quarters, today). The plan
 * years of a unit are those of plans issued by the unit, by a unit above it, or by a unit below it.
 */

import { planRepository } from '../db/repositories/plan.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { vietnamDay } from '../domain/text/vietnamese.js';
import { type DateContext, defaultReportingDate, quickChoices } from '../domain/units/date-context.js';
import { ancestorsOf, authorize } from './access.js';
import type { ServiceContext } from './context.js';
import { cachedRead } from './read-cache.js';
import { getUnit, type Unit, unitsUnder } from './unit.service.js';

export async function dateContext(ctx: ServiceContext, input: { unitCode?: string | undefined }): Promise<DateContext> {
  const today = vietnamDay(ctx.now());
  const unit = input.unitCode ? await getUnit(ctx, input.unitCode) : null;
  await authorize(ctx, 'read', unit?.code ?? null);
  // Asked before every board opens; kept until the next write (the country's answer reads every unit).
  return cachedRead(ctx.database, `date-context|${unit?.code ?? ''}|${today}`, () => compute(ctx, unit, today));
}

async function compute(ctx: ServiceContext, unit: Unit | null, today: string): Promise<DateContext> {
  const ex = ctx.database.db;
  const plans = await planRepository.list(ex);
  if (!unit) {
    const codes = (await unitRepository.listAsOf(ex, today)).map((u) => u.code);
    const setInForceToday = (await unitRepository.setAssignments(ex, codes, today)).length > 0;
    const years = plans.map((p) => p.year);
    return { today, ...defaultReportingDate(null, years, today, { setInForceToday }), quickChoices: quickChoices(null, years, today) };
  }
  const related = new Set([unit.code, ...(await ancestorsOf(ctx, unit.code)), ...(await unitsUnder(ctx, unit.code)).map((u) => u.code)]);
  const years = plans.filter((p) => related.has(p.issuingUnitCode)).map((p) => p.year);
  return { today, ...defaultReportingDate(unit, years, today), quickChoices: quickChoices(unit, years, today) };
}
