/**
 * What is recorded at a step before it is completed: the posting's start and its announcements,
 * comments received, the organisations' opinions, the meeting, the appraisal's findings and
 * conclusion, the council, the decision, the announcement, and the declared conditions. Each is
 * allowed only at its own step (or, for declarations, before submission), by that step's actors on
 * the record's date; each write is audited.
 */
import type { Executor } from '../../db/database.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import type { StepForm } from '../../domain/dossier/procedure.schema.js';
import { RECORD_SCHEMAS, type RecordData, type RecordKind } from '../../domain/dossier/records.js';
import { actorRefusal } from '../../domain/dossier/state-machine.js';
import { invalid, issuesFromZod } from '../../domain/errors.js';
import { coversDossier } from '../../policies/dossier-policy.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { getDossier } from './dossier.service.js';
import { blocked, type LoadedDossier, loadDossier, staleDossier, stepForbidden } from './dossier-access.js';
import { requireActDate } from './dossier-moves.service.js';
import { appraisalRound, readDossierParts } from './dossier-snapshot.js';

/** The forms at which each record may be written (declarations: any step up to the submission). */
const WHERE: Record<string, readonly StepForm[]> = {
  posting: ['posting'],
  comment: ['posting', 'opinions'],
  opinion: ['opinions'],
  meeting: ['meeting'],
  appraisal: ['appraisal'],
  council: ['council'],
  decision: ['decision'],
  announcement: ['announcement', 'decision'],
  debt: ['report', 'posting', 'opinions', 'survey', 'meeting', 'submission'],
  security: ['report', 'posting', 'opinions', 'survey', 'meeting', 'submission'],
};

const wrongStep = (what: string, stepName: string) =>
  blocked('dossier.wrong_step', { vi: `Không ghi được ${what} ở bước "${stepName}"`, en: `${what} cannot be recorded at this step` }, []);

const WHAT_VI: Record<string, string> = {
  posting: 'việc niêm yết',
  comment: 'ý kiến góp ý',
  opinion: 'ý kiến của tổ chức',
  meeting: 'cuộc họp',
  appraisal: 'kết quả thẩm tra',
  council: 'kết quả Hội đồng',
  decision: 'quyết định',
  announcement: 'ngày công bố',
  debt: 'nợ đọng xây dựng cơ bản',
  security: 'xác nhận an ninh, trật tự',
};

/** Loads the dossier and checks that `what` may be recorded now, by this actor, on `on`. */
async function forRecord(ctx: ServiceContext, id: string, what: string, on: string): Promise<LoadedDossier> {
  const loaded = await loadDossier(ctx, id, 'dossiers.act');
  const { row, procedure, place } = loaded;
  if (row.state !== 'in_progress') throw blocked('dossier.completed', { vi: 'Hồ sơ đã hoàn thành', en: 'The dossier is completed' }, []);
  const step = procedure.steps.find((s) => s.code === row.currentStep);
  if (!step || !(WHERE[what] ?? []).includes(step.form)) throw wrongStep(WHAT_VI[what] ?? what, step?.name ?? row.currentStep);
  const refusal = actorRefusal(step, { role: ctx.actor.role, coversUnit: coversDossier(ctx.actor, place) }, on);
  if (refusal) throw stepForbidden(refusal, step.code);
  await requireActDate(ctx, row, on);
  return loaded;
}

async function requireFile(ex: Executor, dossierId: string, fileId: string | null | undefined, path: string) {
  if (!fileId) return null;
  const f = await dossierRepository.file(ex, fileId);
  if (!f || f.dossierId !== dossierId)
    throw invalid('dossier.file_not_found', { vi: 'Không có tệp này trong hồ sơ', en: 'No such file in the dossier' }, [
      { path, message: fileId },
    ]);
  return f;
}

async function audited(
  ctx: ServiceContext,
  loaded: LoadedDossier,
  action: string,
  after: unknown,
  write: (trx: Executor) => Promise<void>,
  set: { postingStartedOn?: string } = {},
) {
  await inTransaction(
    ctx,
    async (trx) => {
      await write(trx);
      // Every record bumps the dossier's version: a move decided on an older view is refused.
      if (!(await dossierRepository.update(trx, loaded.row.id, loaded.row.version, { ...set, updatedAt: ctx.now() })))
        throw staleDossier((await dossierRepository.get(trx, loaded.row.id))?.version ?? loaded.row.version);
      await audit(ctx, trx, [{ action, entityType: 'dossier', entityId: loaded.row.id, unitCode: loaded.row.unitCode, after }]);
    },
    'none',
  );
}

export async function startPosting(ctx: ServiceContext, id: string, input: { startedOn: string }) {
  const loaded = await forRecord(ctx, id, 'posting', input.startedOn);
  const parts = await readDossierParts(ctx.database.db, id);
  if (parts.postings.length > 0 && loaded.row.postingStartedOn !== input.startedOn)
    throw blocked(
      'dossier.posting_started',
      { vi: 'Đã ghi lần thông báo; không đổi được ngày bắt đầu', en: 'Announcements are logged; the start cannot change' },
      [],
    );
  await audited(ctx, loaded, 'dossier.posting_start', input, async () => {}, { postingStartedOn: input.startedOn });
  return getDossier(ctx, id, input.startedOn);
}

export interface AnnouncementInput {
  announcedOn: string;
  channel: string;
  place: string | null;
  photoFileId: string | null;
}

export async function addAnnouncement(ctx: ServiceContext, id: string, input: AnnouncementInput) {
  const loaded = await forRecord(ctx, id, 'posting', input.announcedOn);
  const rule = loaded.procedure.posting;
  if (!loaded.row.postingStartedOn)
    throw blocked('dossier.posting_not_started', { vi: 'Hãy ghi ngày bắt đầu niêm yết trước', en: 'Record the posting start first' }, []);
  if (!rule?.channels.some((c) => c.code === input.channel))
    throw invalid('dossier.unknown_channel', { vi: 'Hình thức thông báo không có trong quy định', en: 'Unknown channel' }, [
      { path: 'channel', message: `một trong / one of ${rule?.channels.map((c) => c.code).join(', ')}` },
    ]);
  if (input.announcedOn < loaded.row.postingStartedOn)
    throw invalid(
      'dossier.date_order',
      { vi: 'Ngày thông báo ở trước ngày bắt đầu niêm yết', en: 'The announcement is before the posting start' },
      [{ path: 'announcedOn', message: `< ${loaded.row.postingStartedOn}` }],
    );
  await requireFile(ctx.database.db, id, input.photoFileId, 'photoFileId');
  const row = { id: newId(), dossierId: id, ...input, createdBy: ctx.actor.id, createdAt: ctx.now() };
  await audited(ctx, loaded, 'dossier.announcement', row, (trx) => dossierRepository.insertPosting(trx, row));
  return getDossier(ctx, id, input.announcedOn);
}

export async function addComment(
  ctx: ServiceContext,
  id: string,
  input: { receivedOn: string; fromName: string | null; content: string; response: string | null },
) {
  const loaded = await forRecord(ctx, id, 'comment', input.receivedOn);
  const row = { id: newId(), dossierId: id, ...input, createdBy: ctx.actor.id, createdAt: ctx.now() };
  await audited(ctx, loaded, 'dossier.comment', row, (trx) => dossierRepository.insertComment(trx, row));
  return getDossier(ctx, id, input.receivedOn);
}

export interface OpinionInput {
  organisationKind: 'front' | 'socio_political';
  organisation: string;
  givenOn: string;
  summary: string | null;
  fileId: string | null;
}

export async function addOpinion(ctx: ServiceContext, id: string, input: OpinionInput) {
  const loaded = await forRecord(ctx, id, 'opinion', input.givenOn);
  await requireFile(ctx.database.db, id, input.fileId, 'fileId');
  const row = { id: newId(), dossierId: id, ...input, createdBy: ctx.actor.id, createdAt: ctx.now() };
  await audited(ctx, loaded, 'dossier.opinion', row, (trx) => dossierRepository.insertOpinion(trx, row));
  return getDossier(ctx, id, input.givenOn);
}

const DATE_OF: Record<RecordKind, (d: never) => string> = {
  meeting: (d: RecordData<'meeting'>) => d.heldOn,
  appraisal: (d: RecordData<'appraisal'>) => d.appraisedOn,
  council: (d: RecordData<'council'>) => d.heldOn,
  decision: (d: RecordData<'decision'>) => d.date,
  announcement: (d: RecordData<'announcement'>) => d.announcedOn,
  debt: (d: RecordData<'debt'>) => d.declaredOn,
  security: (d: RecordData<'security'>) => d.declaredOn,
} as Record<RecordKind, (d: never) => string>;

/** Which checklist document a declaration's file fills. */
const DOCUMENT_OF: Partial<Record<RecordKind, string>> = { debt: 'debt_report', security: 'security_confirmation' };

/** Sets one fact (validated by its schema; a file of the dossier may back it). */
export async function putRecord<K extends RecordKind>(ctx: ServiceContext, id: string, kind: K, data: unknown, fileId: string | null) {
  const result = RECORD_SCHEMAS[kind].safeParse(data);
  if (!result.success)
    throw invalid(
      'dossier.invalid',
      { vi: `Thông tin ${WHAT_VI[kind]} chưa hợp lệ`, en: `Invalid ${kind}` },
      issuesFromZod(result.error.issues).map((i) => ({ ...i, path: i.path ? `data.${i.path}` : 'data' })),
    );
  const parsed = result.data as RecordData<K>;
  const on = DATE_OF[kind](parsed as never);
  const loaded = await forRecord(ctx, id, kind, on);
  const file = await requireFile(ctx.database.db, id, fileId, 'fileId');
  const docCode = DOCUMENT_OF[kind];
  await audited(ctx, loaded, `dossier.record.${kind}`, { kind, data: parsed, fileId }, async (trx) => {
    await dossierRepository.putRecord(trx, {
      dossierId: id,
      kind,
      data: JSON.stringify(parsed),
      fileId,
      recordedBy: ctx.actor.id,
      recordedAt: ctx.now(),
    });
    if (docCode && file)
      await dossierRepository.insertDocument(trx, {
        id: newId(),
        dossierId: id,
        documentCode: docCode,
        state: 'uploaded',
        fileId: file.id,
        createdBy: ctx.actor.id,
        createdAt: ctx.now(),
      });
  });
  return getDossier(ctx, id, on);
}

export interface FindingsInput {
  appraisedOn: string;
  conclusion: 'eligible' | 'returned';
  reasons: string[];
  findings: { criterionCode: string; result: 'met' | 'not_met'; finding: string | null }[];
}

/** The appraisal of the current round: a finding per criterion and the conclusion. */
export async function recordAppraisal(ctx: ServiceContext, id: string, input: FindingsInput) {
  const loaded = await forRecord(ctx, id, 'appraisal', input.appraisedOn);
  if (input.conclusion === 'returned' && input.reasons.length === 0)
    throw invalid('dossier.reasons_required', { vi: 'Trả hồ sơ cần nêu lý do', en: 'A return needs reasons' }, [
      { path: 'reasons', message: 'ít nhất một / at least one' },
    ]);
  const round = appraisalRound(await readDossierParts(ctx.database.db, id));
  const rows = input.findings.map((f) => ({ id: newId(), dossierId: id, round, ...f, createdBy: ctx.actor.id, createdAt: ctx.now() }));
  const conclusion = { appraisedOn: input.appraisedOn, conclusion: input.conclusion, reasons: input.reasons };
  await audited(ctx, loaded, 'dossier.appraisal', { round, ...input }, async (trx) => {
    await dossierRepository.replaceFindings(trx, id, round, rows);
    await dossierRepository.putRecord(trx, {
      dossierId: id,
      kind: 'appraisal',
      data: JSON.stringify(conclusion),
      fileId: null,
      recordedBy: ctx.actor.id,
      recordedAt: ctx.now(),
    });
  });
  return getDossier(ctx, id, input.appraisedOn);
}
