#!/usr/bin/env node
/**
 * The `ntm` command: serve | migrate | seed --demo | evaluate | catalog … | export | import | units import | backup | restore.
 * Errors print in Vietnamese and English with what and where; the exit code is non-zero.
 */
import { parseArgs } from 'node:util';
import { seedDemo, topUpLine } from '../services/demo.service.js';
import { auditCommand } from './commands/audit.command.js';
import { backupCommand, restoreCommand } from './commands/backup.command.js';
import { catalogCommand } from './commands/catalog.command.js';
import { DOCUMENT_OPTIONS, EXPORT_HELP, EXPORT_USAGE, exportCommand, IMPORT_USAGE, importCommand } from './commands/documents.command.js';
import { evaluateCommand } from './commands/evaluate.command.js';
import { serveCommand } from './commands/serve.command.js';
import { UNITS_USAGE, unitsCommand } from './commands/units.command.js';
import { printError, usageError, withContext } from './runtime.js';

const HELP = `ntm — Nông thôn mới

  ntm serve [--demo] [--port N] [--allow-broken-audit]
                                        chạy máy chủ API (--demo: nạp dữ liệu mẫu Krông Nô;
                                        --allow-broken-audit: vẫn chạy khi nhật ký bị thay đổi, có cảnh báo)
  ntm migrate                           cập nhật cấu trúc CSDL
  ntm seed --demo                       nạp dữ liệu mẫu Krông Nô
  ntm evaluate [--unit MÃ] [--as-of NGÀY] [--set MÃ] [--national]
                                        bảng xã × tiêu chí (huyện/tỉnh/cả nước) hoặc chi tiết một xã
  ntm catalog list | check [MÃ] | procedures | export MÃ [TỆP] | import TỆP [--replace]
${EXPORT_USAGE}
                                        văn bản và bảng tính từ dữ liệu
${IMPORT_USAGE}
                                        nhập giá trị chỉ tiêu từ bảng tính (mẫu: export xlsx values)
${UNITS_USAGE}
  ntm audit verify                      kiểm tra toàn bộ chuỗi nhật ký, chỉ ra mắt xích hỏng đầu tiên
  ntm backup TỆP | restore TỆP          sao lưu / khôi phục CSDL SQLite và mọi tệp lưu trữ (PostgreSQL: chỉ tệp)

Xuất và nhập — ${DOCUMENT_OPTIONS}

Cấu hình / configuration: DATABASE_URL (postgres://…), DATA_DIR (mặc định ./data), PORT, HOST, TLS, TRUST_PROXY`;

async function main(argv: string[]): Promise<number> {
  const { values: flags, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      'allow-broken-audit': { type: 'boolean' },
      port: { type: 'string' },
      unit: { type: 'string' },
      'as-of': { type: 'string' },
      set: { type: 'string' },
      national: { type: 'boolean' },
      replace: { type: 'boolean' },
      year: { type: 'string' },
      plan: { type: 'string' },
      period: { type: 'string' },
      index: { type: 'string' },
      'issued-on': { type: 'string' },
      tier: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'valid-only': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const out = (s: string) => console.log(s);
  switch (command) {
    case 'serve':
      await serveCommand({ demo: flags.demo, port: flags.port, allowBrokenAudit: flags['allow-broken-audit'] });
      return -1;
    case 'migrate':
      await withContext(async (ctx) => out(`CSDL đã cập nhật / database up to date (${ctx.database.dialect})`));
      return 0;
    case 'seed':
      if (!flags.demo) throw usageError('Dùng: ntm seed --demo', 'Usage: ntm seed --demo');
      await withContext(async (ctx) => {
        const r = await seedDemo(ctx);
        out(r.loaded ? `Đã nạp dữ liệu demo Krông Nô: ${r.values} giá trị / demo loaded` : 'Dữ liệu demo đã có sẵn / demo already loaded');
        const more = topUpLine(r.lamDong);
        if (more) out(more);
      });
      return 0;
    case 'evaluate':
      await withContext(async (ctx) =>
        out(await evaluateCommand(ctx, { unit: flags.unit, asOf: flags['as-of'], set: flags.set, national: flags.national })),
      );
      return 0;
    case 'catalog':
      await withContext(async (ctx) => out(await catalogCommand(ctx, rest, { replace: flags.replace })));
      return 0;
    case 'export':
    case 'import':
      if (flags.help) {
        out(EXPORT_HELP);
        return 0;
      }
      if (command === 'import') {
        await withContext(async (ctx) => out(await importCommand(ctx, rest, flags)));
        return 0;
      }
      await withContext(async (ctx) => out(await exportCommand(ctx, rest, flags)));
      return 0;
    case 'units':
      await withContext(async (ctx) => out(await unitsCommand(ctx, rest, flags)));
      return 0;
    case 'audit': {
      const r = await withContext((ctx) => auditCommand(ctx, rest));
      out(r.text);
      return r.code;
    }
    case 'backup':
      out(await backupCommand(rest[0]));
      return 0;
    case 'restore':
      out(await restoreCommand(rest[0]));
      return 0;
    default:
      out(HELP);
      return command && !flags.help ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err) => {
    process.exitCode = printError(err);
  },
);
