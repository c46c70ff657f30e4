/**
 * The funding dashboard of an area: validate → fundingDashboard() → the service's figures as they are.
 * A past year defaults to 31/12 of that year, the current one to today (time is data: never a silent today).
 */
import type { FastifyReply } from 'fastify';
import { XLSX_LIMITS } from '../../../documents/zip-guard.js';
import { invalid } from '../../../domain/errors.js';
import { fundingDashboard } from '../../../services/funding/dashboard.service.js';
import { importDisbursements } from '../../../services/funding/disbursement-import.service.js';
import { allocationXlsxFile, debtXlsxFile, progressXlsxFile } from '../../../services/funding/funding-files.service.js';
import { importAllocationPlan } from '../../../services/funding/funding-import.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import type { ErrorCode } from '../../openapi/error-codes.js';
import { errorResponses, today } from '../../schemas.js';
import { readUpload } from '../../upload.js';
import { contentDisposition } from '../evidence/routes.js';
import {
  dashboardOut,
  dashboardQuery,
  entriesImportOut,
  fileAsOfQuery,
  fundingUnitParams,
  planImportOut,
  planImportQuery,
  yearParams,
} from './schema.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const sendXlsx = (reply: FastifyReply, file: { buffer: Buffer; filename: string }) =>
  reply
    .header('content-type', XLSX)
    .header('content-disposition', contentDisposition(file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.buffer);

/** The year and as-of date a request means: a past year ends on its 31/12; no year is the as-of date's year. */
export function yearAndAsOf(year: number | undefined, asOf: string | undefined, now: string = today()) {
  if (year === undefined) {
    const d = asOf ?? now;
    return { year: Number(d.slice(0, 4)), asOf: d };
  }
  if (asOf) return { year, asOf };
  return { year, asOf: year < Number(now.slice(0, 4)) ? `${year}-12-31` : now };
}

export function fundingBoardRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/funding/dashboard',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'unit.not_valid_at', 'funding.no_period'],
        tags: ['funding'],
        summary: 'Bảng điều hành vốn của một địa bàn / funding dashboard of an area',
        params: fundingUnitParams,
        querystring: dashboardQuery,
        response: { 200: dashboardOut, ...errorResponses },
      },
    },
    async (req) => fundingDashboard(ctx(req), { unitCode: req.params.code, ...yearAndAsOf(req.query.year, req.query.asOf) }),
  );

  const download = <P, Q>(summary: string, errorCodes: ErrorCode[], params: P, querystring: Q) => ({
    config: { access: scoped('read', 'params.code') },
    schema: {
      errorCodes: ['unit.not_found', 'unit.not_valid_at', 'funding.no_period', ...errorCodes] as ErrorCode[],
      tags: ['funding'],
      summary,
      description: `Trả về ${XLSX}.`,
      download: { types: [XLSX], description: summary },
      params,
      querystring,
      response: errorResponses,
    },
  });

  app.get(
    '/api/v1/units/:code/funding/allocations/:year.xlsx',
    download(
      'Kế hoạch vốn năm (.xlsx; cũng là mẫu để nhập) / the funding plan, also the import template',
      ['fundboard.no_allocation'],
      yearParams,
      fileAsOfQuery,
    ),
    async (req, reply) => {
      const { year, asOf } = yearAndAsOf(req.params.year, req.query.asOf);
      return sendXlsx(reply, await allocationXlsxFile(ctx(req), req.params.code, year, asOf));
    },
  );

  app.get(
    '/api/v1/units/:code/funding/disbursements/:year.xlsx',
    download('Tiến độ giải ngân (.xlsx): theo nguồn, theo xã, chứng từ / disbursement progress', [], yearParams, fileAsOfQuery),
    async (req, reply) => {
      const { year, asOf } = yearAndAsOf(req.params.year, req.query.asOf);
      return sendXlsx(reply, await progressXlsxFile(ctx(req), req.params.code, year, asOf));
    },
  );

  app.get(
    '/api/v1/units/:code/funding/debt.xlsx',
    download('Nợ đọng xây dựng cơ bản tại một ngày (.xlsx) / construction debt on a date', [], fundingUnitParams, fileAsOfQuery),
    async (req, reply) => sendXlsx(reply, await debtXlsxFile(ctx(req), req.params.code, req.query.asOf ?? today())),
  );

  app.post(
    '/api/v1/units/:code/funding/allocations/:year/import',
    {
      config: { access: scoped('allocations.write', 'params.code') },
      schema: {
        errorCodes: [
          'unit.not_found',
          'import.no_file',
          'import.invalid',
          'import.unreadable',
          'fundboard.no_allocation',
          'fundboard.plan_not_draft',
          'fundboard.plan_has_payments',
        ],
        tags: ['funding'],
        summary: 'Nhập kế hoạch vốn từ tệp .xlsx đã xuất (multipart: file): xem trước rồi ghi / import the funding plan workbook',
        description:
          'Chỉ kế hoạch dự thảo; có lỗi thì không ghi gì; chỉ ghi dòng sửa, mới, xóa; tệp không đổi là "0 thay đổi" / draft plans only; all or nothing; only changed lines written',
        upload: { description: 'Tệp kế hoạch vốn .xlsx / the plan workbook', file: 'file' },
        params: yearParams,
        querystring: planImportQuery,
        response: { 200: planImportOut, ...errorResponses },
      },
    },
    async (req) => {
      const noFile = () =>
        invalid('import.no_file', { vi: 'Chưa chọn tệp kế hoạch vốn (.xlsx)', en: 'No plan workbook (.xlsx) was sent' }, [
          { path: 'file', message: 'required' },
        ]);
      if (!req.isMultipart()) throw noFile();
      const upload = await readUpload(req, XLSX_LIMITS.maxBytes);
      if (!upload) throw noFile();
      return importAllocationPlan(ctx(req), {
        unitCode: req.params.code,
        year: req.params.year,
        file: upload.content,
        apply: req.query.mode === 'apply',
      });
    },
  );

  app.post(
    '/api/v1/units/:code/funding/disbursements/:year/import',
    {
      config: { access: scoped('disbursements.write', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'import.no_file', 'import.invalid', 'import.unreadable'],
        tags: ['funding'],
        summary: 'Nhập chứng từ giải ngân từ tệp tiến độ giải ngân (multipart: file) / import disbursement entries',
        description:
          'Dòng không có id là chứng từ mới; chứng từ đã ghi không sửa được (ghi điều chỉnh giảm); tệp không đổi là "0 thay đổi" / rows without an id are new entries; recorded entries cannot be edited',
        upload: { description: 'Tệp tiến độ giải ngân .xlsx / the progress workbook', file: 'file' },
        params: yearParams,
        querystring: planImportQuery,
        response: { 200: entriesImportOut, ...errorResponses },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw noUpload();
      const upload = await readUpload(req, XLSX_LIMITS.maxBytes);
      if (!upload) throw noUpload();
      return importDisbursements(ctx(req), {
        unitCode: req.params.code,
        year: req.params.year,
        file: upload.content,
        apply: req.query.mode === 'apply',
      });
    },
  );
}

const noUpload = () =>
  invalid('import.no_file', { vi: 'Chưa chọn tệp (.xlsx)', en: 'No .xlsx file was sent' }, [{ path: 'file', message: 'required' }]);
