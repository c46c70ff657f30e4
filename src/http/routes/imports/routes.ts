/**
 * Importing indicator values from the values workbook (multipart, one .xlsx). The area is chosen in
 * the query and authorized before the upload is read. With progress=1 the answer is a stream of JSON
 * lines — one per stage (check, read, validate, write) and then the result or the error — so the web
 * app can show a progress bar on a national sheet; without it, one JSON answer (422 with every cell).
 */
import { z } from 'zod';
import { XLSX_LIMITS } from '../../../documents/zip-guard.js';
import { AppError, invalid } from '../../../domain/errors.js';
import { authorizeImport, type ImportStage, importValues } from '../../../services/import.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorBody } from '../../error-handler.js';
import { errorResponses } from '../../schemas.js';
import { readUpload } from '../../upload.js';

const importQuery = z.object({
  unit: z.string().min(1).max(40).describe('Đơn vị nhận số liệu (huyện, tỉnh, xã) / the area imported into'),
  mode: z
    .enum(['all', 'valid'])
    .default('all')
    .describe('all: không ghi gì nếu có lỗi; valid: ghi các dòng hợp lệ / all-or-nothing or valid rows only'),
  dryRun: z.enum(['0', '1']).default('0').describe('1: chỉ kiểm tra / validate only'),
  progress: z.enum(['0', '1']).default('0').describe('1: trả về dòng JSON theo từng giai đoạn (application/x-ndjson) / stream stages'),
});

const issueOut = z.object({
  sheet: z.string(),
  row: z.number(),
  column: z.string(),
  cell: z.string(),
  code: z.string(),
  vi: z.string(),
  en: z.string(),
});

const importOut = z.object({
  setCode: z.string(),
  asOf: z.string(),
  rows: z.number(),
  acceptedRows: z.number(),
  values: z.number().describe('Giá trị trong các dòng hợp lệ / values in the valid rows'),
  written: z.number().describe('Giá trị ghi (hoặc sẽ ghi) — thay đổi và mới / values written (or to be): changed and new'),
  changed: z.number(),
  unchanged: z.number(),
  new: z.number(),
  conflicts: z.number(),
  communes: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      changed: z.number(),
      unchanged: z.number(),
      new: z.number(),
      conflicts: z.number(),
    }),
  ),
  dryRun: z.boolean(),
  issues: z.array(issueOut),
});

const noFile = () =>
  invalid('import.no_file', { vi: 'Chưa chọn tệp .xlsx', en: 'No .xlsx file was sent' }, [{ path: 'file', message: 'required' }]);

export function importRoutes({ app, ctx }: RouteDeps) {
  app.post(
    '/api/v1/imports/values',
    {
      config: { access: scoped('values.write', 'query.unit') },
      schema: {
        errorCodes: [
          'unit.not_found',
          'criteria_set.not_found',
          'import.no_file',
          'import.invalid',
          'import.unreadable',
          'value.invalid',
          'indicator_value.stale_version',
        ],
        tags: ['documents'],
        summary: 'Nhập giá trị chỉ tiêu từ tệp .xlsx (multipart: file) / import indicator values from .xlsx',
        description:
          'Với progress=1, trả về application/x-ndjson: các dòng { stage, done, total } rồi một dòng { result } hoặc { error } / with progress=1, NDJSON progress lines then the result or the error',
        upload: {
          description: 'Tệp .xlsx giá trị chỉ tiêu (mẫu từ values.xlsx) / the values workbook (template: values.xlsx)',
          file: 'file',
        },
        querystring: importQuery,
        response: { 200: importOut, ...errorResponses },
      },
    },
    async (req, reply) => {
      const c = ctx(req);
      await authorizeImport(c, req.query.unit);
      if (!req.isMultipart()) throw noFile();
      const upload = await readUpload(req, XLSX_LIMITS.maxBytes);
      if (!upload) throw noFile();
      const file = upload.content;
      const input = { unitCode: req.query.unit, file, mode: req.query.mode, dryRun: req.query.dryRun === '1' };
      if (req.query.progress !== '1') return importValues(c, input);

      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
      const line = (o: unknown) => reply.raw.write(`${JSON.stringify(o)}\n`);
      // The first line of each stage always goes out; repeats of a stage at most every 100 ms.
      let last = 0;
      let lastStage: ImportStage | null = null;
      const onProgress = (stage: ImportStage, done: number, total: number) => {
        const now = Date.now();
        if (stage === lastStage && now - last < 100 && done < total) return;
        last = now;
        lastStage = stage;
        line({ stage, done, total });
      };
      try {
        line({ result: await importValues(c, { ...input, onProgress }) });
      } catch (e) {
        if (e instanceof AppError) line(errorBody(e.code, e.messages.vi, e.messages.en, e.issues, e.details));
        else {
          req.log.error(e);
          line(errorBody('internal', 'Lỗi máy chủ', 'Server error'));
        }
      }
      reply.raw.end();
    },
  );
}
