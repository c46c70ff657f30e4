/**
 * The audit chain's state as the server found it at start: `ntm serve` checks the tail and refuses
 * a broken chain unless told `--allow-broken-audit`; then it starts and keeps the finding here so the
 * offices see a warning until the chain is repaired (restored from a backup) and the server restarted.
 */
import type { Database } from '../../db/database.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access.js';
import type { Logger, ServiceContext } from '../context.js';
import { type ChainReport, describeBreak, verifyTail } from './chain-verify.js';

const states = new WeakMap<Database, ChainReport>();

/** How many of the last links the start check walks (plus the head). */
export const START_CHECK_LINKS = 1000;

export const auditChainBroken = (report: ChainReport) => {
  const d = report.broken ? describeBreak(report.broken) : { vi: 'Nhật ký bị thay đổi', en: 'Audit chain broken' };
  return new AppError(
    'audit.chain_broken',
    'conflict',
    {
      vi: `${d.vi}. Máy chủ không khởi động. Khôi phục CSDL từ bản sao lưu, hoặc chạy với --allow-broken-audit để vẫn khởi động và cảnh báo quản trị viên.`,
      en: `${d.en}. The server will not start. Restore the database from a backup, or start with --allow-broken-audit to start anyway and warn the administrators.`,
    },
    [],
    { broken: report.broken },
  );
};

/** The start check: throws on a broken tail unless allowed; remembers the finding either way. */
export async function checkAuditAtStart(database: Database, opts: { allowBroken: boolean; log: Logger }): Promise<ChainReport> {
  const report = await verifyTail(database.db, START_CHECK_LINKS);
  states.set(database, report);
  if (report.ok) {
    opts.log.info(`Nhật ký toàn vẹn / audit chain intact (${report.checked} links checked in ${report.ms} ms)`);
    return report;
  }
  if (!opts.allowBroken) throw auditChainBroken(report);
  const d = describeBreak(report.broken as NonNullable<ChainReport['broken']>);
  opts.log.warn(`${d.vi} / ${d.en} — started with --allow-broken-audit`, { broken: report.broken });
  return report;
}

/** What the offices see: intact, broken (and where), or not checked (a server built without the start check, e.g. tests). */
export async function auditIntegrity(ctx: ServiceContext) {
  await authorize(ctx, 'audit.integrity', ctx.actor.unitCode);
  const report = states.get(ctx.database);
  if (!report) return { state: 'unchecked' as const, checked: 0, broken: null };
  return { state: report.ok ? ('intact' as const) : ('broken' as const), checked: report.checked, broken: report.broken };
}
