/**
 * Evidence per indicator: uploaded by whoever may enter the commune's values, typed from the
 * content, stored under DATA_DIR by sha256, listed and downloaded only by those who may read the
 * commune. Every upload is audited with the value it supports.
 */

import { evidenceRepository } from '../db/repositories/evidence.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import type { EvidenceRow } from '../db/schema.js';
import { invalid, notFound } from '../domain/errors.js';
import { indicatorIndex } from '../domain/evaluation/value.validator.js';
import type { EvidenceStore } from '../storage/evidence-store.js';
import { authorize } from './access.js';
import { getSet } from './catalog.service.js';
import { audit, inTransaction, newId, type ServiceContext } from './context.js';
import { storeTypedFile } from './evidence-type.js';
import { getUnit, requireValidAt } from './unit.service.js';

export interface EvidenceView {
  id: string;
  indicatorCode: string;
  asOf: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedByName: string;
  uploadedAt: string;
}

export const presentEvidence = (r: EvidenceRow, names: Map<string, string>): EvidenceView => ({
  id: r.id,
  indicatorCode: r.indicatorCode,
  asOf: r.asOf,
  fileName: r.fileName,
  contentType: r.contentType,
  size: r.size,
  sha256: r.sha256,
  uploadedByName: names.get(r.uploadedBy) ?? r.uploadedBy,
  uploadedAt: r.uploadedAt,
});

export interface UploadInput {
  unitCode: string;
  setCode: string;
  indicatorCode: string;
  asOf: string;
  fileName: string;
  content: Buffer;
}

export async function uploadEvidence(ctx: ServiceContext, store: EvidenceStore, input: UploadInput): Promise<EvidenceView> {
  const unit = await getUnit(ctx, input.unitCode);
  await authorize(ctx, 'evidence.write', unit.code);
  await requireValidAt(ctx, unit, input.asOf);
  const set = await getSet(ctx, input.setCode);
  if (!indicatorIndex(set).has(input.indicatorCode)) {
    throw invalid(
      'value.invalid',
      { vi: `Bộ ${set.code} không có chỉ tiêu ${input.indicatorCode}`, en: `Set ${set.code} has no indicator ${input.indicatorCode}` },
      [{ path: 'indicator', message: input.indicatorCode }],
    );
  }
  const stored = await storeTypedFile(store, input.fileName, input.content);
  const row: EvidenceRow = {
    id: newId(),
    unitCode: unit.code,
    setCode: set.code,
    indicatorCode: input.indicatorCode,
    asOf: input.asOf,
    ...stored,
    uploadedBy: ctx.actor.id,
    uploadedAt: ctx.now(),
  };
  await inTransaction(
    ctx,
    async (trx) => {
      await evidenceRepository.insert(trx, row);
      await audit(ctx, trx, [
        { action: 'evidence.upload', entityType: 'evidence', entityId: row.id, unitCode: unit.code, after: { ...row } },
      ]);
    },
    'none',
  );
  return presentEvidence(row, new Map([[ctx.actor.id, ctx.actor.displayName]]));
}

export async function listEvidence(ctx: ServiceContext, unitCode: string, setCode: string): Promise<EvidenceView[]> {
  await authorize(ctx, 'read', unitCode);
  const rows = await evidenceRepository.forUnit(ctx.database.db, unitCode, setCode);
  const names = await userRepository.displayNames(
    ctx.database.db,
    rows.map((r) => r.uploadedBy),
  );
  return rows.map((r) => presentEvidence(r, names));
}

export async function downloadEvidence(ctx: ServiceContext, store: EvidenceStore, id: string) {
  const row = await evidenceRepository.get(ctx.database.db, id);
  if (!row) throw notFound('evidence.not_found', { vi: 'Không có tệp minh chứng này', en: 'No such evidence file' }, { id });
  await authorize(ctx, 'read', row.unitCode);
  return { row, content: await store.get(row.sha256) };
}
