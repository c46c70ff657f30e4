/**
 * Walks the audit chain in seq order, page by page, and names the first broken link: a row whose
 * hash no longer matches its fields (edited), a missing seq (deleted), a row whose predecessor is
 * elsewhere in the chain (re-ordered). Used by `ntm audit verify` (whole chain) and by `ntm serve`
 * (the tail) — no actor, no transaction: it only reads.
 */

import { eventHash, GENESIS_HASH } from '../../db/audit-hash.js';
import type { Executor } from '../../db/database.js';
import { auditRepository } from '../../db/repositories/audit.repository.js';
import type { AuditRow } from '../../db/schema.js';

export type BreakKind = 'edited' | 'deleted' | 'reordered' | 'head';

export interface ChainBreak {
  kind: BreakKind;
  /** The event where the chain breaks (for `deleted`: the first event after the gap). */
  seq: number | null;
  id: string | null;
  at: string | null;
  action: string | null;
  /** What is wrong, in both languages. */
  vi: string;
  en: string;
}

export interface ChainReport {
  ok: boolean;
  /** Events checked. */
  checked: number;
  /** Seq of the first event checked (1 for the whole chain). */
  fromSeq: number;
  ms: number;
  broken: ChainBreak | null;
}

const at = (r: AuditRow, kind: BreakKind, vi: string, en: string): ChainBreak => ({
  kind,
  seq: r.seq,
  id: r.id,
  at: r.at,
  action: r.action,
  vi,
  en,
});

/** Why `r`, found where `expectedSeq` should be after a link of hash `prevHash`, does not fit; null if it fits. */
async function check(ex: Executor, r: AuditRow, expectedSeq: number, prevHash: string): Promise<ChainBreak | null> {
  if (r.seq > expectedSeq)
    return at(
      r,
      'deleted',
      `thiếu sự kiện số ${expectedSeq}${r.seq - 1 > expectedSeq ? `–${r.seq - 1}` : ''} (đã bị xóa) trước sự kiện này`,
      `event${r.seq - 1 > expectedSeq ? 's' : ''} ${expectedSeq}${r.seq - 1 > expectedSeq ? `–${r.seq - 1}` : ''} missing (deleted) before this one`,
    );
  const selfOk = r.hash === eventHash(r);
  if (selfOk && r.prevHash === prevHash) return null;
  // The event this row was chained after: if it sits at another place, the rows were moved.
  const predecessor = r.prevHash === GENESIS_HASH ? null : await auditRepository.byHash(ex, r.prevHash);
  if (predecessor && predecessor.seq !== r.seq - 1)
    return at(
      r,
      'reordered',
      `sai thứ tự: sự kiện này được ghi ngay sau sự kiện số ${predecessor.seq}, nay nằm ở vị trí ${r.seq}`,
      `re-ordered: this event was written right after event ${predecessor.seq}, it now sits at ${r.seq}`,
    );
  if (!selfOk) return at(r, 'edited', 'mã băm không khớp: nội dung sự kiện đã bị sửa', 'hash mismatch: the event was edited');
  return at(
    r,
    'edited',
    `liên kết với sự kiện số ${expectedSeq - 1} không khớp: sự kiện đó đã bị sửa hoặc thay thế`,
    `link to event ${expectedSeq - 1} does not match: that event was edited or replaced`,
  );
}

/**
 * Verifies the chain from `fromSeq` (default 1) to the head, reading `pageSize` rows at a time.
 * From a later seq, the event before it anchors the walk (its own hash is checked too).
 */
export async function verifyChain(ex: Executor, opts: { fromSeq?: number; pageSize?: number } = {}): Promise<ChainReport> {
  const started = performance.now();
  const pageSize = opts.pageSize ?? 2000;
  let expected = Math.max(1, opts.fromSeq ?? 1);
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const fromSeq = expected;
  const done = (broken: ChainBreak | null): ChainReport => ({
    ok: broken === null,
    checked,
    fromSeq,
    ms: Math.round(performance.now() - started),
    broken,
  });
  if (expected > 1) {
    const anchor = await auditRepository.bySeq(ex, expected - 1);
    if (anchor) {
      checked += 1;
      if (anchor.hash !== eventHash(anchor))
        return done(at(anchor, 'edited', 'mã băm không khớp: nội dung sự kiện đã bị sửa', 'hash mismatch: the event was edited'));
      prevHash = anchor.hash;
    } else expected = 1;
  }
  let last: AuditRow | null = null;
  for (;;) {
    const rows = await auditRepository.page(ex, expected - 1, pageSize);
    for (const r of rows) {
      checked += 1;
      const broken = await check(ex, r, expected, prevHash);
      if (broken) return done(broken);
      expected = r.seq + 1;
      prevHash = r.hash;
      last = r;
    }
    if (rows.length < pageSize) break;
  }
  const head = await auditRepository.head(ex);
  const lastSeq = expected - 1;
  if (!head || head.seq !== lastSeq || head.hash !== prevHash) {
    const headSeq = head?.seq ?? 0;
    const base = {
      kind: (headSeq > lastSeq ? 'deleted' : 'head') as BreakKind,
      seq: headSeq > lastSeq ? lastSeq + 1 : (last?.seq ?? null),
      id: headSeq > lastSeq ? null : (last?.id ?? null),
      at: headSeq > lastSeq ? null : (last?.at ?? null),
      action: headSeq > lastSeq ? null : (last?.action ?? null),
    };
    return done(
      headSeq > lastSeq
        ? {
            ...base,
            vi: `thiếu sự kiện số ${lastSeq + 1}–${headSeq} ở cuối (đã bị xóa)`,
            en: `events ${lastSeq + 1}–${headSeq} missing at the end (deleted)`,
          }
        : { ...base, vi: 'đầu chuỗi không khớp với sự kiện cuối cùng', en: 'the chain head does not match the last event' },
    );
  }
  return done(null);
}

/** The check `ntm serve` makes at start: the last `links` events and the head. */
export async function verifyTail(ex: Executor, links = 1000): Promise<ChainReport> {
  const head = await auditRepository.head(ex);
  return verifyChain(ex, { fromSeq: Math.max(1, (head?.seq ?? 0) - links + 1) });
}

/** One line naming the broken link, in Vietnamese then English. */
export function describeBreak(b: ChainBreak): { vi: string; en: string } {
  const where = b.id ? `#${b.seq} (${b.id}, ${b.at}, ${b.action})` : `#${b.seq}`;
  return { vi: `Nhật ký bị thay đổi tại sự kiện ${where}: ${b.vi}`, en: `Audit chain broken at event ${where}: ${b.en}` };
}
