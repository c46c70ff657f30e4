/**
 * `ntm serve [--demo] [--allow-broken-audit]`: migrate, check the audit chain's tail (refuse a broken
 * one unless allowed), load the built-in catalogue (and the demo on request), listen.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv, migrateToLatest } from '../../db/database.js';
import { buildApp } from '../../http/app.js';
import { warmUpBoards } from '../../http/warm-up.js';
import { checkAuditAtStart } from '../../services/audit/integrity.service.js';
import { scheduleSessionPurge } from '../../services/auth.service.js';
import { createContext } from '../../services/context.js';
import { prepareDatabase, seedDemo, topUpLine } from '../../services/demo.service.js';
import { scheduleNotificationSweep } from '../../services/plan/notification.service.js';
import { createEvidenceStore } from '../../storage/evidence-store.js';
import { ensureAdministrator } from '../admin-setup.js';
import { openServedDatabase } from '../serve-guard.js';

/** TRUST_PROXY: `1` trusts the proxy in front, or the proxy's address(es); unset = the socket's address. */
const trustProxyFromEnv = (v = process.env.TRUST_PROXY) => (!v ? false : v === '1' || v === 'true' ? true : v);

export async function serveCommand(opts: {
  demo?: boolean | undefined;
  port?: string | undefined;
  allowBrokenAudit?: boolean | undefined;
}) {
  const config = configFromEnv();
  const { database, lock } = openServedDatabase(config);
  await migrateToLatest(database.db);
  try {
    await checkAuditAtStart(database, {
      allowBroken: opts.allowBrokenAudit === true,
      log: { info: (m) => console.error(m), warn: (m) => console.error(`! ${m}`) },
    });
  } catch (err) {
    await database.close();
    lock?.release();
    throw err;
  }
  const ctx = createContext(database);
  await prepareDatabase(ctx);
  if (opts.demo) {
    const r = await seedDemo(ctx);
    if (r.loaded) console.error(`Đã nạp dữ liệu demo Krông Nô (${r.values} giá trị) / Krông Nô demo loaded`);
    const more = topUpLine(r.lamDong);
    if (more) console.error(more);
  }
  await ensureAdministrator(ctx);
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  const webDir = fileURLToPath(new URL('../../../dist/web', import.meta.url));
  const app = await buildApp({
    database,
    logger: true,
    evidenceStore: createEvidenceStore(join(dataDir, 'evidence')),
    webDir,
    tls: process.env.TLS === '1',
    refuseDemoPassword: !opts.demo,
    trustProxy: trustProxyFromEnv(),
  });
  const port = Number(opts.port ?? process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  await app.listen({ port, host });
  const stopSweep = scheduleNotificationSweep(ctx);
  const stopPurge = scheduleSessionPurge(ctx);
  const where = config.url ? 'PostgreSQL' : `SQLite ${config.sqliteFile}`;
  console.error(`Nông thôn mới: http://${host}:${port}/api/docs  (CSDL/database: ${where})`);
  // Not awaited: requests are served while the national board is prepared.
  void warmUpBoards(database, { info: (m, d) => app.log.info(d ?? {}, m), warn: (m, d) => app.log.warn(d ?? {}, m) });
  const stop = async () => {
    stopSweep();
    stopPurge();
    await app.close();
    await database.close();
    lock?.release();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
