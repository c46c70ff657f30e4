/**
 * `ntm evaluate [--unit CODE] [--as-of DATE] [--set CODE]`: the board of a district, province or
 * the country, or one commune per indicator. Without --unit: the demo district on its baseline
 * date. Without --as-of: today, or the unit's last day when it no longer exists.
 */
import { krongNoDemoBaseline } from '../../catalog/index.js';
import { formatDateVi, formatNumberVi, parseDate } from '../../domain/text/vietnamese.js';
import { defaultAsOf } from '../../domain/units/unit-history.js';
import { STATUS_VI } from '../../http/presenters/evaluation.presenter.js';
import { board } from '../../services/board.service.js';
import type { ServiceContext } from '../../services/context.js';
import { evaluateUnit } from '../../services/evaluation.service.js';
import { getUnit } from '../../services/unit.service.js';
import { renderBoard } from '../board-printer.js';
import { usageError } from '../runtime.js';

export interface EvaluateOptions {
  unit?: string | undefined;
  asOf?: string | undefined;
  set?: string | undefined;
  national?: boolean | undefined;
}

async function resolveAsOf(ctx: ServiceContext, unitCode: string | undefined, raw: string | undefined) {
  if (raw) {
    const d = parseDate(raw);
    if (!d)
      throw usageError(
        `Ngày không hợp lệ: "${raw}" (dùng dd/mm/yyyy hoặc yyyy-mm-dd)`,
        `Invalid date "${raw}" (use dd/mm/yyyy or yyyy-mm-dd)`,
      );
    return d;
  }
  const today = ctx.now().slice(0, 10);
  if (!unitCode) return today;
  return defaultAsOf(await getUnit(ctx, unitCode), today);
}

export async function evaluateCommand(ctx: ServiceContext, opts: EvaluateOptions): Promise<string> {
  const demo = krongNoDemoBaseline();
  const useDemo = !opts.national && !opts.unit;
  const unitCode = opts.national ? undefined : (opts.unit ?? demo.districtCode);
  // The demo district by default is shown on its baseline date, the picture the 2022 plan starts from.
  const asOf = useDemo && !opts.asOf ? demo.baselineAsOf : await resolveAsOf(ctx, unitCode, opts.asOf);
  const unit = unitCode ? await getUnit(ctx, unitCode) : null;
  if (unit && (unit.kind === 'commune' || unit.kind === 'town'))
    return renderCommune(await evaluateUnit(ctx, { unitCode: unit.code, asOf, setCode: opts.set }));
  return renderBoard(await board(ctx, { unitCode, asOf, setCode: opts.set }), process.stdout.isTTY === true);
}

function show(v: unknown): string {
  if (v === true) return 'Đạt';
  if (v === false) return 'Không đạt';
  if (v === 'not_applicable') return 'Không áp dụng';
  return typeof v === 'number' ? formatNumberVi(v) : '—';
}

function renderCommune(r: Awaited<ReturnType<typeof evaluateUnit>>): string {
  const e = r.evaluation;
  const lines = [`Xã ${r.unit.name} (${r.unit.code}) — số liệu đến ${formatDateVi(e.asOf)} — ${r.set.name}`];
  if (r.set.demo) lines.push('⚠ DỮ LIỆU MINH HỌA (DEMO)');
  lines.push(`Đạt ${e.metCount}/${e.criteriaCount} tiêu chí; chưa đạt ${e.notMetCount}; chưa đủ căn cứ ${e.incompleteCount}.`, '');
  r.set.criteria.forEach((c, ci) => {
    lines.push(`${c.number}. ${c.name}: ${STATUS_VI[e.criteria[ci]?.status ?? 'incomplete']}`);
    for (const i of e.indicators.filter((x) => x.criterionNumber === c.number)) {
      const ind = c.indicators.find((x) => x.code === i.code);
      const cmp = i.kind === 'max' ? '≤' : i.kind === 'zero' ? '=' : '≥';
      const threshold =
        i.kind === 'boolean'
          ? ''
          : ` (ngưỡng ${i.threshold === null ? 'chưa có' : `${cmp} ${formatNumberVi(i.threshold)}`}${i.basis ? `, ${i.basis.scope === 'region' ? `vùng ${i.basis.region}` : 'ngưỡng chung'}${i.basis.status ? ` do xã ${i.basis.status.toUpperCase()}` : ''}, năm ${i.basis.year}` : ''})`;
      const unverified = i.verified ? '' : ' [chưa đối chiếu văn bản]';
      lines.push(
        `   ${i.code} ${ind?.name ?? ''}: ${show(i.value)}${ind?.unit && typeof i.value === 'number' ? ` ${ind.unit}` : ''} → ${STATUS_VI[i.status]}${threshold}${unverified}`,
      );
    }
  });
  return lines.join('\n');
}
