/**
 * Bulk verification: a department verifies many pending values (a commune's, a criterion's) in one
 * action. Every value is still checked (criteria scope, version) and audited on its own, all in one
 * transaction: one stale or foreign value refuses the whole action, naming it, and nothing is written.
 */

import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { AppError, invalid, notFound } from '../domain/errors.js';
import { ancestorsOf, authorize } from './access.js';
import { getSet } from './catalog.service.js';
import { type AuditInput, audit, inTransaction, type ServiceContext } from './context.js';
import { notifyValuesReviewed } from './notice/value-notices.js';
import { getUnit } from './unit.service.js';
import { presentNamed, presentStored, type StoredValue } from './value.service.js';

export interface BulkItem {
  unitCode: string;
  setCode: string;
  indicatorCode: string;
  asOf: string;
  expectedVersion: number;
}

/** An item checked: its indicator exists, it lies in the area, the actor may review its criterion there. */
async function resolve(ctx: ServiceContext, areaCode: string, item: BulkItem, index: number) {
  const set = await getSet(ctx, item.setCode);
  const criterion = set.criteria.find((c) => c.indicators.some((i) => i.code === item.indicatorCode));
  if (!criterion)
    throw notFound(
      'indicator.not_found',
      {
        vi: `Mục ${index + 1}: bộ ${set.code} không có chỉ tiêu ${item.indicatorCode}`,
        en: `Item ${index + 1}: set ${set.code} has no indicator ${item.indicatorCode}`,
      },
      { index },
    );
  const unit = await getUnit(ctx, item.unitCode);
  await authorize(ctx, 'values.review', unit.code, { number: criterion.number, setCode: set.code });
  if (unit.code !== areaCode && !(await ancestorsOf(ctx, unit.code)).includes(areaCode))
    throw invalid(
      'review.outside_area',
      {
        vi: `Mục ${index + 1}: xã ${unit.name} không thuộc đơn vị ${areaCode}`,
        en: `Item ${index + 1}: ${unit.name} is not under ${areaCode}`,
      },
      [{ path: `items.${index}.unit`, message: unit.code }],
    );
  const kind = criterion.indicators.find((i) => i.code === item.indicatorCode)?.kind;
  return { ...item, unitCode: unit.code, setCode: set.code, unitName: unit.name, kind, index };
}

/** Verifies `items` (values under `areaCode`) at once; returns the values as stored now. */
export async function verifyMany(ctx: ServiceContext, input: { areaCode: string; items: BulkItem[]; comment?: string | undefined }) {
  const area = await getUnit(ctx, input.areaCode);
  const seen = new Set<string>();
  input.items.forEach((it, i) => {
    const key = `${it.unitCode}|${it.setCode}|${it.indicatorCode}|${it.asOf}`;
    if (seen.has(key))
      throw invalid('review.duplicate_item', { vi: `Mục ${i + 1} lặp lại một giá trị đã có`, en: `Item ${i + 1} repeats a value` }, [
        { path: `items.${i}`, message: 'duplicate' },
      ]);
    seen.add(key);
  });
  // Every item is authorized (criteria scope) before anything is read for writing.
  const items: Awaited<ReturnType<typeof resolve>>[] = [];
  for (const [i, it] of input.items.entries()) items.push(await resolve(ctx, area.code, it, i));
  const comment = input.comment?.trim() || null;
  return inTransaction(
    ctx,
    async (trx) => {
      const events: AuditInput[] = [];
      const out: (StoredValue & { unitCode: string; setCode: string })[] = [];
      for (const it of items) {
        const key = { unitCode: it.unitCode, setCode: it.setCode, indicatorCode: it.indicatorCode };
        const row = await indicatorValueRepository.find(trx, key, it.asOf);
        const where = {
          vi: `Mục ${it.index + 1} (xã ${it.unitName}, chỉ tiêu ${it.indicatorCode})`,
          en: `Item ${it.index + 1} (${it.unitName}, indicator ${it.indicatorCode})`,
        };
        if (!row)
          throw notFound(
            'indicator_value.not_found',
            { vi: `${where.vi}: chưa có giá trị ngày ${it.asOf}`, en: `${where.en}: no value on ${it.asOf}` },
            { index: it.index },
          );
        const changes = {
          verification: 'verified',
          verifiedBy: ctx.actor.id,
          verifiedAt: ctx.now(),
          reviewComment: comment,
          version: row.version + 1,
        };
        const ok =
          row.version === it.expectedVersion && (await indicatorValueRepository.updateIfVersion(trx, row.id, row.version, changes));
        if (!ok) {
          const current = (await indicatorValueRepository.find(trx, key, it.asOf)) ?? row;
          const [named] = await presentNamed(trx, [current], () => it.kind);
          throw new AppError(
            'indicator_value.stale_version',
            'conflict',
            {
              vi: `${where.vi} vừa được sửa (phiên bản ${current.version}); không giá trị nào được xác minh, tải lại danh sách rồi làm lại`,
              en: `${where.en} was just changed (version ${current.version}); nothing was verified, reload the list and try again`,
            },
            [{ path: `items.${it.index}.expectedVersion`, message: `${it.expectedVersion} ≠ ${current.version}` }],
            { index: it.index, current: named },
          );
        }
        events.push({
          action: 'indicator_value.verify',
          entityType: 'indicator_value',
          entityId: `${key.unitCode}/${key.setCode}/${key.indicatorCode}/${it.asOf}`,
          unitCode: key.unitCode,
          before: { verification: row.verification, version: row.version },
          after: { verification: changes.verification, version: changes.version, comment, bulk: true },
        });
        out.push({ ...presentStored({ ...row, ...changes }, it.kind), unitCode: key.unitCode, setCode: key.setCode });
      }
      await audit(ctx, trx, events);
      await notifyValuesReviewed(ctx, trx, out);
      return { verified: out.length, items: out };
    },
    { valuesOf: [...new Set(items.map((i) => i.unitCode))] },
  );
}
