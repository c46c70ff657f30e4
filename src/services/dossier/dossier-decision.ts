/**
 * What the decision step does beyond the dossier (seam A): a recognition dossier records the
 * recognition "đạt chuẩn <tier> năm <year>" with the decision; a revocation dossier revokes the
 * recognition it names; the announcement step sets the recognition's lễ công bố date. All join the step's
 * transaction, so the dossier and the status move together.
 */
import type { Executor } from '../../db/database.js';
import { invalid } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { recordRecognition, revokeRecognition, setRecognitionAnnouncement } from '../recognition/recognition.service.js';
import type { LoadedDossier } from './dossier-access.js';
import { type DossierParts, recordOf } from './dossier-snapshot.js';

export async function onDecision(ctx: ServiceContext, trx: Executor, loaded: LoadedDossier, parts: DossierParts): Promise<string | null> {
  const { row } = loaded;
  const decision = recordOf(parts, 'decision');
  if (!decision)
    throw invalid('dossier.no_decision', { vi: 'Chưa ghi quyết định', en: 'No decision recorded' }, [
      { path: 'decision', message: 'bắt buộc / required' },
    ]);
  const ref = { number: decision.number, date: decision.date, signer: decision.signer, body: decision.body };
  if (row.kind === 'revocation') {
    if (!row.recognitionId)
      throw invalid(
        'dossier.no_recognition',
        { vi: 'Hồ sơ thu hồi không gắn với quyết định công nhận nào', en: 'The revocation names no recognition' },
        [{ path: 'recognitionId', message: 'bắt buộc / required' }],
      );
    const assessment = parts.events.find((e) => e.stepCode === 'assessment' && e.action === 'complete');
    await revokeRecognition(ctx, row.recognitionId, { decision: ref, reason: assessment?.note ?? null, dossierId: row.id }, trx);
    return row.recognitionId;
  }
  const recognition = await recordRecognition(
    ctx,
    {
      unitCode: row.unitCode,
      setCode: row.setCode,
      tier: row.tier,
      year: row.year,
      decision: ref,
      announcedOn: recordOf(parts, 'announcement')?.announcedOn ?? null,
      dossierId: row.id,
      demo: row.demo === 1,
      note: null,
    },
    trx,
  );
  return recognition.id;
}

/** The announcement step of a recognition dossier: the ceremony date goes onto the recognition it produced. */
export async function onAnnouncement(ctx: ServiceContext, trx: Executor, loaded: LoadedDossier, parts: DossierParts): Promise<void> {
  const { row } = loaded;
  const announcedOn = recordOf(parts, 'announcement')?.announcedOn ?? null;
  if (row.kind !== 'recognition' || !row.recognitionId || !announcedOn) return;
  await setRecognitionAnnouncement(ctx, row.recognitionId, announcedOn, trx, { dossierId: row.id });
}
