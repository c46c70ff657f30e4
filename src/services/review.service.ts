/**
 * Verification by departments: a department marks the values of the criteria it owns verified, or
 * returns them to the commune with a comment. A review bumps the value's version, so a commune
 * editing a value that was just reviewed gets a 409 instead of silently overwriting the review.
 */

import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { invalid, notFound } from '../domain/errors.js';
import { authorize } from './access.js';
import { getSet } from './catalog.service.js';
import { audit, inTransaction, type ServiceContext } from './context.js';
import { notifyValuesReviewed } from './notice/value-notices.js';
import { presentStored, staleVersion } from './value.service.js';

export interface ReviewInput {
  unitCode: string;
  setCode: string;
  indicatorCode: string;
  asOf: string;
  action: 'verify' | 'return';
  comment?: string | undefined;
  expectedVersion: number;
}

function criterionOf(set: Awaited<ReturnType<typeof getSet>>, indicatorCode: string) {
  const c = set.criteria.find((x) => x.indicators.some((i) => i.code === indicatorCode));
  if (!c)
    throw notFound('indicator.not_found', {
      vi: `Bộ ${set.code} không có chỉ tiêu ${indicatorCode}`,
      en: `Set ${set.code} has no indicator ${indicatorCode}`,
    });
  return { number: c.number, kind: c.indicators.find((i) => i.code === indicatorCode)?.kind };
}

export async function reviewValue(ctx: ServiceContext, input: ReviewInput) {
  const set = await getSet(ctx, input.setCode);
  const criterion = criterionOf(set, input.indicatorCode);
  await authorize(ctx, 'values.review', input.unitCode, { number: criterion.number, setCode: set.code });
  if (input.action === 'return' && !input.comment?.trim()) {
    throw invalid('review.comment_required', { vi: 'Trả lại cần ghi rõ lý do', en: 'Returning a value needs a comment' }, [
      { path: 'comment', message: 'required' },
    ]);
  }
  const key = { unitCode: input.unitCode, setCode: set.code, indicatorCode: input.indicatorCode };
  return inTransaction(
    ctx,
    async (trx) => {
      const row = await indicatorValueRepository.find(trx, key, input.asOf);
      if (!row)
        throw notFound('indicator_value.not_found', {
          vi: `Chưa có giá trị chỉ tiêu ${input.indicatorCode} ngày ${input.asOf}`,
          en: `No value of ${input.indicatorCode} on ${input.asOf}`,
        });
      const changes = {
        verification: input.action === 'verify' ? 'verified' : 'returned',
        verifiedBy: ctx.actor.id,
        verifiedAt: ctx.now(),
        reviewComment: input.comment?.trim() || null,
        version: row.version + 1,
      };
      const ok =
        row.version === input.expectedVersion && (await indicatorValueRepository.updateIfVersion(trx, row.id, row.version, changes));
      if (!ok) {
        const current = (await indicatorValueRepository.find(trx, key, input.asOf)) ?? row;
        throw await staleVersion(trx, current, criterion.kind, {
          vi: `Chỉ tiêu ${input.indicatorCode} vừa được sửa; xem lại trước khi xác minh`,
          en: `Indicator ${input.indicatorCode} was just changed; review it again`,
        });
      }
      await audit(ctx, trx, [
        {
          action: input.action === 'verify' ? 'indicator_value.verify' : 'indicator_value.return',
          entityType: 'indicator_value',
          entityId: `${key.unitCode}/${key.setCode}/${key.indicatorCode}/${input.asOf}`,
          unitCode: key.unitCode,
          before: { verification: row.verification, version: row.version },
          after: { verification: changes.verification, version: changes.version, comment: changes.reviewComment },
        },
      ]);
      await notifyValuesReviewed(ctx, trx, { ...key, asOf: input.asOf });
      return presentStored({ ...row, ...changes }, criterion.kind);
    },
    { valuesOf: [key.unitCode] },
  );
}

// The queue (with thresholds, previous values and evidence) lives in review-queue.service.ts.
export { reviewQueue } from './review-queue.service.js';
