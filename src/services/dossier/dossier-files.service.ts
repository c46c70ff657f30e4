/**
 * The dossier's files: uploads (typed from their content like evidence, stored by sha256 in the
 * evidence store), checklist documents uploaded or generated from the data (seam C's generators, the
 * survey report of seam B), and downloads for those who read the dossier. Every write is audited.
 */
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import { checklistBefore } from '../../domain/dossier/state-machine.js';
import { invalid, notFound } from '../../domain/errors.js';
import type { EvidenceStore } from '../../storage/evidence-store.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { storeTypedFile } from '../evidence-type.js';
import { getDossier, requireNotFuture } from './dossier.service.js';
import { blocked, loadDossier } from './dossier-access.js';
import { generateDocument } from './dossier-generate.js';
import { requireActDate } from './dossier-moves.service.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const noFile = () => notFound('dossier.file_not_found', { vi: 'Không có tệp này', en: 'No such file' });

export interface UploadInput {
  fileName: string;
  content: Buffer;
}

async function saveFile(
  ctx: ServiceContext,
  files: EvidenceStore,
  dossierId: string,
  unitCode: string,
  input: UploadInput,
  typed?: { contentType: string },
) {
  const stored = typed
    ? {
        fileName: input.fileName,
        contentType: typed.contentType,
        sha256: (await files.put(input.content)).sha256,
        size: input.content.length,
      }
    : await storeTypedFile(files, input.fileName, input.content);
  const row = { id: newId(), dossierId, ...stored, uploadedBy: ctx.actor.id, uploadedAt: ctx.now() };
  return { row, unitCode };
}

/** A file for the dossier (a photo of an announcement, an organisation's letter …); its id is then named by a record. */
export async function uploadDossierFile(ctx: ServiceContext, files: EvidenceStore, id: string, input: UploadInput) {
  const { row: dossier } = await loadDossier(ctx, id, 'dossiers.act');
  const { row } = await saveFile(ctx, files, id, dossier.unitCode, input);
  await inTransaction(
    ctx,
    async (trx) => {
      await dossierRepository.insertFile(trx, row);
      await audit(ctx, trx, [
        {
          action: 'dossier.file',
          entityType: 'dossier_file',
          entityId: row.id,
          unitCode: dossier.unitCode,
          after: { ...row, sha256: undefined },
        },
      ]);
    },
    'none',
  );
  return { id: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size, uploadedAt: row.uploadedAt };
}

function checklistItem(procedure: Parameters<typeof checklistBefore>[0], code: string) {
  const last = procedure.steps[procedure.steps.length - 1]?.code ?? '';
  const item = checklistBefore(procedure, last).find((d) => d.code === code);
  if (!item)
    throw notFound(
      'dossier.document_unknown',
      { vi: `Danh mục hồ sơ không có tài liệu "${code}"`, en: `No checklist document "${code}"` },
      { code },
    );
  return item;
}

async function storeDocument(
  ctx: ServiceContext,
  files: EvidenceStore,
  loaded: Awaited<ReturnType<typeof loadDossier>>,
  code: string,
  state: 'uploaded' | 'generated',
  input: UploadInput,
) {
  const { row: dossier } = loaded;
  if (dossier.state !== 'in_progress')
    throw blocked('dossier.completed', { vi: 'Hồ sơ đã hoàn thành', en: 'The dossier is completed' }, []);
  const { row } = await saveFile(
    ctx,
    files,
    dossier.id,
    dossier.unitCode,
    input,
    state === 'generated' ? { contentType: DOCX } : undefined,
  );
  await inTransaction(
    ctx,
    async (trx) => {
      await dossierRepository.insertFile(trx, row);
      await dossierRepository.insertDocument(trx, {
        id: newId(),
        dossierId: dossier.id,
        documentCode: code,
        state,
        fileId: row.id,
        createdBy: ctx.actor.id,
        createdAt: ctx.now(),
      });
      await audit(ctx, trx, [
        {
          action: `dossier.document.${state}`,
          entityType: 'dossier',
          entityId: dossier.id,
          unitCode: dossier.unitCode,
          after: { document: code, file: row.fileName, size: row.size },
        },
      ]);
    },
    'none',
  );
}

/** An uploaded checklist document (one the procedure says is uploaded). */
export async function uploadDocument(ctx: ServiceContext, files: EvidenceStore, id: string, code: string, input: UploadInput) {
  const loaded = await loadDossier(ctx, id, 'dossiers.act');
  const item = checklistItem(loaded.procedure, code);
  if (item.made !== 'uploaded')
    throw invalid(
      'dossier.document_generated',
      { vi: `"${item.name}" do hệ thống lập từ số liệu, không tải lên`, en: `"${code}" is generated, not uploaded` },
      [{ path: 'code', message: code }],
    );
  await storeDocument(ctx, files, loaded, code, 'uploaded', input);
  return getDossier(ctx, id);
}

/** Generates a checklist document from the dossier's data as of `on` (the document's date) and stores it. */
export async function generateChecklistDocument(ctx: ServiceContext, files: EvidenceStore, id: string, code: string, on: string) {
  requireNotFuture(ctx, on, 'on');
  const loaded = await loadDossier(ctx, id, 'dossiers.act');
  const item = checklistItem(loaded.procedure, code);
  if (item.made !== 'generated' || !item.generator)
    throw invalid(
      'dossier.document_uploaded',
      { vi: `"${item.name}" cần tải lên, hệ thống không lập`, en: `"${code}" is uploaded, not generated` },
      [{ path: 'code', message: code }],
    );
  await requireActDate(ctx, loaded.row, on);
  const { bytes, fileName } = await generateDocument(ctx, loaded, item.generator, on);
  await storeDocument(ctx, files, loaded, code, 'generated', { fileName, content: bytes });
  return getDossier(ctx, id, on);
}

export async function downloadDossierFile(ctx: ServiceContext, files: EvidenceStore, id: string, fileId: string) {
  await loadDossier(ctx, id);
  const row = await dossierRepository.file(ctx.database.db, fileId);
  if (!row || row.dossierId !== id) throw noFile();
  return { row, content: await files.get(row.sha256) };
}
