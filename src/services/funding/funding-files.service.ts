/**
 * The three funding workbooks of an area: the allocation plan (the import template too), disbursement
 * progress, debt on a date. Reads only, after authorising `read` on the area (the dashboard's scope).
 */
import type ExcelJS from 'exceljs';
import { findSource, fundingPeriodOfYear, sourcePath } from '../../catalog/funding/index.js';
import { fundingFilesRepository as files } from '../../db/repositories/funding-files.repository.js';
import { allocationWorkbook } from '../../documents/funding/allocation-xlsx.js';
import { debtWorkbook } from '../../documents/funding/debt-xlsx.js';
import { progressWorkbook } from '../../documents/funding/progress-xlsx.js';
import { AppError } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { fundingDashboard, scopeOf } from './dashboard.service.js';

const ALL = 1_000_000;

const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

export const allocationNotFound = (unitCode: string, year: number) =>
  new AppError('fundboard.no_allocation', 'not_found', {
    vi: `Đơn vị ${unitCode} chưa có kế hoạch vốn năm ${year}`,
    en: `Unit ${unitCode} has no funding plan for ${year}`,
  });

/** "Ngân sách trung ương / Vốn đầu tư phát triển" for a leaf code, the code itself when unknown. */
export function sourcePathName(year: number, code: string) {
  const period = fundingPeriodOfYear(year);
  return findSource(period, code)
    ? sourcePath(period, code)
        .map((s) => s.name)
        .join(' / ')
    : code;
}

export async function allocationXlsxFile(ctx: ServiceContext, unitCode: string, year: number, asOf: string) {
  const d = await fundingDashboard(ctx, { unitCode, year, asOf, limit: 1 });
  const a = await files.allocation(ctx.database.db, unitCode, year);
  if (!a) throw allocationNotFound(unitCode, year);
  const lines = await files.planLines(ctx.database.db, a.id);
  const wb = allocationWorkbook(
    { unitCode, unitName: d.unit?.name ?? unitCode, year, asOf, status: a.status, demo: a.demo === 1 },
    lines.map((l) => ({
      id: l.id,
      version: l.version,
      sourceCode: l.source,
      sourcePath: sourcePathName(year, l.source),
      programmeName: l.programme,
      communeCode: l.commune,
      communeName: l.communeName,
      workCode: l.work,
      workName: l.workName,
      setCode: l.setCode,
      criterionNumber: l.criterion,
      amount: l.amount,
      note: l.note,
    })),
  );
  return { buffer: await toBuffer(wb), filename: `ke-hoach-von-${unitCode}-${year}.xlsx` };
}

export async function progressXlsxFile(ctx: ServiceContext, unitCode: string, year: number, asOf: string) {
  const d = await fundingDashboard(ctx, { unitCode, year, asOf, limit: ALL });
  const scope = (await scopeOf(ctx, unitCode, asOf)).codes;
  const entries = await files.entries(ctx.database.db, scope, year, asOf);
  const wb = progressWorkbook(
    { unitCode, unitName: d.unit?.name ?? unitCode, year, asOf },
    {
      sources: d.sources,
      communes: d.communes.rows,
      total: d.total,
      entries: entries.map((e) => ({
        id: e.id,
        lineId: e.line,
        sourceCode: e.source,
        communeCode: e.commune,
        workCode: e.work,
        paidOn: e.paidOn,
        amount: e.amount,
        document: e.document,
        reversalOf: e.reversalOf,
        note: e.note,
      })),
    },
  );
  return { buffer: await toBuffer(wb), filename: `giai-ngan-${unitCode}-${year}.xlsx` };
}

export async function debtXlsxFile(ctx: ServiceContext, unitCode: string, asOf: string) {
  const d = await fundingDashboard(ctx, { unitCode, year: Number(asOf.slice(0, 4)), asOf, limit: ALL });
  const scope = (await scopeOf(ctx, unitCode, asOf)).codes;
  const works = await files.worksInDebt(ctx.database.db, scope, asOf);
  const names = await files.workCommuneNames(
    ctx.database.db,
    works.map((w) => w.id),
  );
  const wb = debtWorkbook(
    { unitCode, unitName: d.unit?.name ?? unitCode, year: null, asOf },
    {
      works: works.map((w) => ({ ...w, communes: (names.get(w.id) ?? []).join(', '), debt: w.accepted - w.paid })),
      communes: d.debtByCommune.rows,
    },
  );
  return { buffer: await toBuffer(wb), filename: `no-dong-${unitCode}-${asOf}.xlsx` };
}
