/**
 * Importing the official list of administrative units (multipart, one .xlsx or CSV file); with
 * dryRun=1 the answer says what would change and nothing is written. Administrator only.
 */
import { XLSX_LIMITS } from '../../../documents/zip-guard.js';
import { invalid } from '../../../domain/errors.js';
import { importUnits } from '../../../services/unit-import.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { readUpload } from '../../upload.js';
import { unitImportOut, unitImportQuery } from './import-schema.js';

const noFile = () =>
  invalid(
    'unit_import.no_file',
    { vi: 'Chưa chọn tệp danh mục đơn vị (.xlsx hoặc .csv)', en: 'No list of units (.xlsx or .csv) was sent' },
    [{ path: 'file', message: 'required' }],
  );

export function unitImportRoutes({ app, ctx }: RouteDeps) {
  app.post(
    '/api/v1/units/import',
    {
      config: { access: scoped('units.manage', 'resource') },
      schema: {
        errorCodes: ['unit_import.no_file', 'unit_import.invalid', 'unit_import.unreadable', 'import.unreadable'],
        tags: ['units'],
        summary: 'Nhập danh mục đơn vị hành chính từ .xlsx hoặc .csv (multipart: file) / import the official list of units',
        description:
          'Cột: Mã, Tên, Cấp, Mã cấp trên, Vùng, Hiệu lực từ, Hiệu lực đến, Đơn vị kế tiếp, Hình thức, Ngày hiệu lực, Căn cứ, Ghi chú (docs/danh-muc-don-vi.md). Có lỗi thì không ghi gì / columns as documented; any problem and nothing is written',
        upload: { description: 'Tệp danh mục đơn vị (.xlsx hoặc CSV UTF-8) / the list of units (.xlsx or UTF-8 CSV)', file: 'file' },
        querystring: unitImportQuery,
        response: { 200: unitImportOut, ...errorResponses },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw noFile();
      const upload = await readUpload(req, XLSX_LIMITS.maxBytes);
      if (!upload) throw noFile();
      return importUnits(ctx(req), { file: upload.content, dryRun: req.query.dryRun === '1' });
    },
  );
}
