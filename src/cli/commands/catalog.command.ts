/** `ntm catalog list | check [CODE] | procedures | export CODE [FILE] | import FILE [--replace]`. */
import { readFile, writeFile } from 'node:fs/promises';
import { setsInForce } from '../../catalog/index.js';
import type { CatalogReport } from '../../domain/catalog/catalog-check.js';
import { invalid } from '../../domain/errors.js';
import { formatDateVi } from '../../domain/text/vietnamese.js';
import { checkSet, getSet, listSets, saveSet } from '../../services/catalog.service.js';
import type { ServiceContext } from '../../services/context.js';
import { usageError } from '../runtime.js';
import { proceduresReport } from './procedures-check.js';

const LABELS: Record<CatalogReport['findings'][number]['problem'], string> = {
  unverified: 'chưa đối chiếu',
  unknown_threshold: 'NGƯỠNG CHƯA BIẾT',
  indicator_count: 'SỐ CHỈ TIÊU KHÁC VĂN BẢN',
  indicator_gap: 'chỉ tiêu có thể thiếu hoặc bị gộp',
  undeclared_classification: 'PHÂN LOẠI KHÔNG KHAI BÁO',
  classification_missing: 'XÃ THIẾU PHÂN LOẠI',
};

/** "áp dụng toàn quốc 15/02/2026 – (chưa có ngày kết thúc)", with the period's own verification. */
function inForceLine(code: string): string[] {
  return setsInForce()
    .filter((p) => p.setCode === code)
    .map(
      (p) =>
        `  Áp dụng toàn quốc: ${formatDateVi(p.validFrom)} – ${p.validTo ? formatDateVi(p.validTo) : '(chưa có ngày kết thúc)'}${p.provenance.verified ? ' (đã xác nhận)' : ' (chưa đối chiếu văn bản)'} — ${p.provenance.source}${p.provenance.note ? ` (${p.provenance.note})` : ''}`,
    );
}

function renderReport(r: CatalogReport & { decision?: string }): string {
  const lines = [
    `${r.name} [${r.code}]${r.demo ? ' — DỮ LIỆU DEMO' : ''}`,
    ...(r.decision ? [`  Văn bản: ${r.decision}`] : []),
    ...inForceLine(r.code),
    `  ${r.groups} nhóm, ${r.criteria} tiêu chí, ${r.indicators} chỉ tiêu${r.officialIndicators !== null && r.officialIndicators !== r.indicators ? ` (văn bản: ${r.officialIndicators})` : ''}, ${r.thresholds} ngưỡng (${r.numericThresholds} có số, ${r.unknownThresholds} chưa biết); ${r.unverified} mục chưa đối chiếu văn bản`,
  ];
  if (r.confirmed.length > 0) lines.push(`  Đã xác nhận trong nguồn (${r.confirmed.length} mục):`);
  for (const c of r.confirmed) lines.push(`  + ${c.where} — ${c.source}`);
  if (r.findings.length > 0) lines.push(`  Chưa xác nhận hoặc chưa biết (${r.findings.length} mục):`);
  for (const f of r.findings) {
    const label = LABELS[f.problem];
    lines.push(`  - ${f.where}: ${label} — ${f.source}${f.note ? ` (${f.note})` : ''}`);
  }
  return lines.join('\n');
}

export async function catalogCommand(ctx: ServiceContext, args: string[], flags: { replace?: boolean | undefined }): Promise<string> {
  const [sub, a, b] = args;
  switch (sub) {
    case 'list':
      return (await listSets(ctx)).map((s) => `${s.code}\t${s.tier}\tv${s.version}\t${s.demo ? 'demo\t' : ''}${s.name}`).join('\n');
    case 'check': {
      const codes = a ? [a] : (await listSets(ctx)).map((s) => s.code);
      const reports = await Promise.all(
        codes.map(async (c) => {
          const d = (await getSet(ctx, c)).decision;
          return {
            ...(await checkSet(ctx, c)),
            decision: `${d.number} ngày ${formatDateVi(d.date)} của ${d.issuer}${d.part ? `, ${d.part}` : ''}`,
          };
        }),
      );
      return reports.map(renderReport).join('\n\n');
    }
    case 'procedures':
      return proceduresReport();
    case 'export': {
      if (!a) throw usageError('Thiếu mã bộ tiêu chí: ntm catalog export CODE [FILE]', 'Missing set code: ntm catalog export CODE [FILE]');
      const json = `${JSON.stringify(await getSet(ctx, a), null, 2)}\n`;
      if (!b) return json.trimEnd();
      await writeFile(b, json, 'utf8');
      return `Đã ghi ${a} vào ${b} / wrote ${a} to ${b}`;
    }
    case 'import': {
      if (!a) throw usageError('Thiếu tệp: ntm catalog import FILE [--replace]', 'Missing file: ntm catalog import FILE [--replace]');
      let doc: unknown;
      try {
        doc = JSON.parse(await readFile(a, 'utf8'));
      } catch (e) {
        throw invalid('criteria_set.unreadable', { vi: `Không đọc được JSON trong ${a}`, en: `Could not read JSON from ${a}` }, [
          { path: a, message: (e as Error).message },
        ]);
      }
      const s = await saveSet(ctx, doc, { origin: 'import', replace: flags.replace });
      return `Đã nạp ${s.code} (phiên bản ${s.version}) / imported ${s.code} (version ${s.version})`;
    }
    default:
      throw usageError(
        'Dùng: ntm catalog list | check [CODE] | procedures | export CODE [FILE] | import FILE [--replace]',
        'Usage: ntm catalog list | check [CODE] | procedures | export CODE [FILE] | import FILE [--replace]',
      );
  }
}
