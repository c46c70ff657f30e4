/**
 * `ntm audit verify`: walks the whole audit chain page by page and names the first broken link;
 * exit code 1 when it is broken, so a scheduled job or an operator's script notices.
 */

import { describeBreak, verifyChain } from '../../services/audit/chain-verify.js';
import type { ServiceContext } from '../../services/context.js';
import { usageError } from '../runtime.js';

const count = (n: number) => n.toLocaleString('vi-VN');

export async function auditCommand(ctx: ServiceContext, args: string[]): Promise<{ text: string; code: number }> {
  if (args[0] !== 'verify') throw usageError('Dùng: ntm audit verify', 'Usage: ntm audit verify');
  const report = await verifyChain(ctx.database.db);
  const took = `${count(report.checked)} sự kiện đã kiểm tra trong ${count(report.ms)} ms / ${report.checked} events checked in ${report.ms} ms`;
  if (report.ok) return { text: `Nhật ký toàn vẹn / audit chain intact — ${took}`, code: 0 };
  const d = describeBreak(report.broken as NonNullable<typeof report.broken>);
  return { text: `${d.vi}\n${d.en}\n${took}`, code: 1 };
}
