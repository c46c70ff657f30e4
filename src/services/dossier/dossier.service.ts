/**
 * Starting a dossier and reading it whole: its steps as a timeline, the current step's allowed moves
 * for the actor on a date, the checklist with states, the conditions with reasons, the files.
 */
import { builtinProcedures } from '../../catalog/procedures/index.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import { userRepository } from '../../db/repositories/user.repository.js';
import type { DossierRow } from '../../db/schema-dossier.js';
import { postingStatus } from '../../domain/dossier/posting-rule.js';
import type { Procedure } from '../../domain/dossier/procedure.schema.js';
import { actorRefusal, allowedMoves, checklistBefore } from '../../domain/dossier/state-machine.js';
import { AppError, invalid } from '../../domain/errors.js';
import { vietnamDay } from '../../domain/text/vietnamese.js';
import { coversDossier } from '../../policies/dossier-policy.js';
import { getSet } from '../catalog.service.js';
import { COMMUNE_KINDS } from '../commune-scope.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { unitTitles } from '../recognition/title-risks.service.js';
import { assignedNtmSet } from '../set-choice.js';
import { getUnit, requireValidAt } from '../unit.service.js';
import { authorizeDossier, loadDossier, stepForbidden } from './dossier-access.js';
import { conditionsOf } from './dossier-conditions.js';
import { appraisalRound, latestDocuments, readDossierParts, recordOf, snapshotOf } from './dossier-snapshot.js';

export interface StartInput {
  unitCode: string;
  kind: 'recognition' | 'revocation';
  tier: string;
  year: number;
  assessmentDate: string;
  /** The day the first step starts (the act's date). */
  startedOn: string;
  setCode?: string | undefined;
  procedureCode?: string | undefined;
  /** For a revocation: the recognition it would revoke. */
  recognitionId?: string | undefined;
  demo?: boolean | undefined;
}

export const todayOf = (ctx: ServiceContext) => vietnamDay(ctx.now());

export function requireNotFuture(ctx: ServiceContext, date: string, path: string) {
  if (date > todayOf(ctx))
    throw invalid('dossier.date_in_future', { vi: `Ngày ${date} ở sau hôm nay`, en: `${date} is after today` }, [
      { path, message: 'không được sau hôm nay / must not be after today' },
    ]);
}

const phaseOfSet = (s: { phase: { fromYear: number; toYear: number } }) => `${s.phase.fromYear}-${s.phase.toYear}`;

function chooseProcedure(kind: StartInput['kind'], phase: string, tier: string, code: string | undefined): Procedure {
  const fits = builtinProcedures().filter((p) => p.kind === kind && p.appliesTo.phases.includes(phase) && p.appliesTo.tiers.includes(tier));
  const chosen = code ? fits.find((p) => p.code === code) : fits[0];
  if (!chosen)
    throw invalid(
      'dossier.no_procedure',
      {
        vi: `Chưa có quy trình ${kind === 'recognition' ? 'xét, công nhận' : 'thu hồi'} cho bộ tiêu chí giai đoạn ${phase}, danh hiệu "${tier}"`,
        en: `No ${kind} procedure for phase ${phase}, tier "${tier}"`,
      },
      [{ path: code ? 'procedureCode' : 'tier', message: 'không có quy trình phù hợp / no matching procedure' }],
    );
  return chosen;
}

async function setFor(ctx: ServiceContext, input: StartInput) {
  const code = input.setCode ?? (input.tier === 'ntm' ? await assignedNtmSet(ctx, input.unitCode, input.assessmentDate) : undefined);
  if (!code)
    throw invalid(
      'dossier.no_set',
      {
        vi: 'Chưa xác định được bộ tiêu chí của xã vào ngày đánh giá; hãy chọn bộ tiêu chí',
        en: 'No criteria set for the commune on the assessment date; name one',
      },
      [{ path: 'setCode', message: 'bắt buộc / required' }],
    );
  const set = await getSet(ctx, code);
  if (set.tier !== input.tier)
    throw invalid(
      'dossier.set_tier_mismatch',
      { vi: `Bộ tiêu chí ${set.name} dành cho danh hiệu khác`, en: `Set ${code} is for tier ${set.tier}, not ${input.tier}` },
      [{ path: 'tier', message: `${input.tier} ≠ ${set.tier}` }],
    );
  return set;
}

/**
 * A revocation starts only from a recognition of the commune in force on the assessment date whose
 * title the QĐ 18 rule (seam A's titleRisk, through the board) judges at risk or to be revoked.
 */
async function requireTitleAtRisk(ctx: ServiceContext, unitCode: string, input: StartInput) {
  if (!input.recognitionId)
    throw invalid(
      'dossier.no_recognition',
      { vi: 'Hồ sơ thu hồi cần chọn quyết định công nhận', en: 'A revocation names the recognition' },
      [{ path: 'recognitionId', message: 'bắt buộc / required' }],
    );
  const titles = await unitTitles(ctx, unitCode, input.assessmentDate);
  const title = titles.find((t) => t.recognitionId === input.recognitionId);
  if (!title)
    throw invalid(
      'dossier.no_recognition',
      {
        vi: 'Xã không có quyết định công nhận này còn hiệu lực vào ngày đánh giá',
        en: 'No such recognition in force on the assessment date',
      },
      [{ path: 'recognitionId', message: input.recognitionId }],
    );
  if (!title.risk || title.risk.state === 'kept')
    throw new AppError(
      'dossier.not_at_risk',
      'conflict',
      {
        vi: `Danh hiệu "${title.label.vi}" không thuộc trường hợp xem xét thu hồi vào ngày ${input.assessmentDate}${title.risk ? `: ${title.risk.reason.vi}` : ' (chưa đánh giá được)'}`,
        en: `The title is not at risk on ${input.assessmentDate}${title.risk ? `: ${title.risk.reason.en}` : ' (not evaluated)'}`,
      },
      [],
      { risk: title.risk?.state ?? null },
    );
}

export async function startDossier(ctx: ServiceContext, input: StartInput) {
  const unit = await getUnit(ctx, input.unitCode);
  await authorizeDossier(ctx, 'dossiers.start', unit.code);
  if (!COMMUNE_KINDS.has(unit.kind))
    throw invalid('dossier.not_a_commune', { vi: `${unit.name} không phải là xã`, en: `${unit.code} is not a commune` }, [
      { path: 'unitCode', message: unit.kind },
    ]);
  await requireValidAt(ctx, unit, input.assessmentDate);
  requireNotFuture(ctx, input.startedOn, 'startedOn');
  if (input.startedOn < input.assessmentDate)
    throw invalid('dossier.date_order', { vi: 'Ngày bắt đầu ở trước ngày đánh giá', en: 'The start is before the assessment date' }, [
      { path: 'startedOn', message: `< ${input.assessmentDate}` },
    ]);
  const set = await setFor(ctx, input);
  const procedure = chooseProcedure(input.kind, phaseOfSet(set), input.tier, input.procedureCode);
  if (input.kind === 'revocation') await requireTitleAtRisk(ctx, unit.code, input);
  const first = procedure.steps[0];
  if (!first) throw new Error(`procedure ${procedure.code} has no step`);
  const refusal = actorRefusal(first, { role: ctx.actor.role, coversUnit: true }, input.startedOn);
  if (refusal) throw stepForbidden(refusal, first.code);
  const open = (await dossierRepository.ofUnit(ctx.database.db, unit.code)).find(
    (d) => d.state === 'in_progress' && d.kind === input.kind && d.tier === input.tier && d.year === input.year,
  );
  if (open)
    throw new AppError(
      'dossier.exists',
      'conflict',
      { vi: `Xã ${unit.name} đã có hồ sơ đang làm cho năm ${input.year}`, en: `An open dossier exists for ${input.year}` },
      [],
      {
        id: open.id,
      },
    );
  const now = ctx.now();
  const row: DossierRow = {
    id: newId(),
    unitCode: unit.code,
    kind: input.kind,
    procedureCode: procedure.code,
    setCode: set.code,
    tier: input.tier,
    year: input.year,
    assessmentDate: input.assessmentDate,
    state: 'in_progress',
    currentStep: first.code,
    postingStartedOn: null,
    recognitionId: input.recognitionId ?? null,
    demo: input.demo || set.demo ? 1 : 0,
    version: 1,
    createdBy: ctx.actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await inTransaction(
    ctx,
    async (trx) => {
      await dossierRepository.insert(trx, row);
      await dossierRepository.insertEvent(trx, {
        id: newId(),
        dossierId: row.id,
        stepCode: first.code,
        action: 'start',
        toStep: first.code,
        onDate: input.startedOn,
        actorId: ctx.actor.id,
        note: null,
        reasons: null,
        createdAt: now,
      });
      await audit(ctx, trx, [{ action: 'dossier.start', entityType: 'dossier', entityId: row.id, unitCode: unit.code, after: row }]);
    },
    'none',
  );
  return getDossier(ctx, row.id, input.startedOn);
}

const parseReasons = (s: string | null): string[] => (s ? (JSON.parse(s) as string[]) : []);

/** The dossier whole, with the moves the actor may make on `onDate` (the day they act; the page passes today). */
export async function getDossier(ctx: ServiceContext, id: string, onDate?: string) {
  const { row, procedure, place } = await loadDossier(ctx, id);
  const on = onDate ?? todayOf(ctx);
  const ex = ctx.database.db;
  const parts = await readDossierParts(ex, id);
  const conditions = await conditionsOf(ctx, row, on);
  const snapshot = snapshotOf(row, parts, conditions);
  const moves = allowedMoves(procedure, snapshot, { role: ctx.actor.role, coversUnit: coversDossier(ctx.actor, place) }, on);
  const unit = await getUnit(ctx, row.unitCode);
  const names = await userRepository.displayNames(
    ex,
    parts.events.map((e) => e.actorId),
  );
  const docs = latestDocuments(parts);
  const fileOf = (fileId: string | null) => {
    const f = fileId ? parts.files.find((x) => x.id === fileId) : undefined;
    return f ? { id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size, uploadedAt: f.uploadedAt } : null;
  };
  const reached = procedure.steps.findIndex((s) => s.code === row.currentStep);
  const posting = procedure.posting
    ? postingStatus(
        procedure.posting,
        row.postingStartedOn,
        parts.postings.map((p) => ({ on: p.announcedOn })),
        on,
      )
    : null;
  return {
    id: row.id,
    unit: { code: unit.code, name: unit.name },
    kind: row.kind as 'recognition' | 'revocation',
    procedure: { code: procedure.code, name: procedure.name, legalBasis: procedure.legalBasis, verified: procedure.provenance.verified },
    setCode: row.setCode,
    tier: row.tier,
    year: row.year,
    assessmentDate: row.assessmentDate,
    state: row.state as 'in_progress' | 'completed',
    currentStep: row.currentStep,
    recognitionId: row.recognitionId,
    demo: row.demo === 1,
    version: row.version,
    onDate: on,
    steps: procedure.steps.map((s, i) => {
      const rule = s.actors.find((a) => (a.from === null || a.from <= on) && (a.to === null || on <= a.to));
      return {
        code: s.code,
        name: s.name,
        nameEn: s.nameEn,
        form: s.form,
        status: (row.state === 'completed' || i < reached ? 'done' : i === reached ? 'current' : 'pending') as
          | 'done'
          | 'current'
          | 'pending',
        actorBody: rule?.body ?? null,
        actorVerified: rule?.provenance.verified ?? false,
        durationDays: s.duration.days,
        workingDays: s.duration.workingDays,
        durationVerified: s.duration.provenance.verified,
      };
    }),
    events: parts.events.map((e) => ({
      id: e.id,
      stepCode: e.stepCode,
      action: e.action,
      toStep: e.toStep,
      onDate: e.onDate,
      actorName: names.get(e.actorId) ?? e.actorId,
      note: e.note,
      reasons: parseReasons(e.reasons),
      createdAt: e.createdAt,
    })),
    moves,
    checklist: checklistBefore(procedure, procedure.steps[procedure.steps.length - 1]?.code ?? '').map((d) => {
      const have = docs.get(d.code);
      const step = procedure.steps.find((s) => s.documents.some((x) => x.code === d.code));
      return {
        code: d.code,
        name: d.name,
        required: d.required,
        made: d.made,
        stepCode: step?.code ?? '',
        verified: d.provenance.verified,
        state: (have?.state ?? 'missing') as 'missing' | 'uploaded' | 'generated',
        file: fileOf(have?.fileId ?? null),
      };
    }),
    conditions: conditions.conditions,
    survey: conditions.survey,
    posting: posting && {
      ...posting,
      channels: procedure.posting?.channels ?? [],
      announcements: parts.postings.map((p) => ({
        id: p.id,
        announcedOn: p.announcedOn,
        channel: p.channel,
        place: p.place,
        photo: fileOf(p.photoFileId),
      })),
      verified: procedure.posting?.provenance.verified ?? false,
    },
    comments: parts.comments.map((c) => ({
      id: c.id,
      receivedOn: c.receivedOn,
      fromName: c.fromName,
      content: c.content,
      response: c.response,
    })),
    opinions: parts.opinions.map((o) => ({
      id: o.id,
      organisationKind: o.organisationKind as 'front' | 'socio_political',
      organisation: o.organisation,
      givenOn: o.givenOn,
      summary: o.summary,
      file: fileOf(o.fileId),
    })),
    meeting: recordOf(parts, 'meeting'),
    meetingVoteRule: procedure.meetingVote,
    appraisalRound: appraisalRound(parts),
    findings: parts.findings.map((f) => ({
      round: f.round,
      criterionCode: f.criterionCode,
      result: f.result as 'met' | 'not_met',
      finding: f.finding,
    })),
    appraisal: recordOf(parts, 'appraisal'),
    council: recordOf(parts, 'council'),
    decision: recordOf(parts, 'decision'),
    announcement: recordOf(parts, 'announcement'),
    criteria: conditions.checks,
  };
}
export type DossierView = Awaited<ReturnType<typeof getDossier>>;

/** The list of a commune's dossiers, for those who read it. */
export async function listDossiers(ctx: ServiceContext, unitCode: string) {
  const unit = await getUnit(ctx, unitCode);
  await authorizeDossier(ctx, 'dossiers.read', unit.code);
  const rows = await dossierRepository.ofUnit(ctx.database.db, unit.code);
  return {
    unit: { code: unit.code, name: unit.name },
    items: rows.map((r) => {
      const p = builtinProcedures().find((x) => x.code === r.procedureCode);
      const step = p?.steps.find((s) => s.code === r.currentStep);
      return {
        id: r.id,
        kind: r.kind as 'recognition' | 'revocation',
        tier: r.tier,
        year: r.year,
        assessmentDate: r.assessmentDate,
        state: r.state,
        stepCode: r.currentStep,
        stepName: step?.name ?? r.currentStep,
        demo: r.demo === 1,
      };
    }),
  };
}
