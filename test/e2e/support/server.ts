/** The real server in this process, on a fresh SQLite test database, serving the built web app (dist/web) on 127.0.0.1. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/http/app.js';
import { warmUpBoards } from '../../../src/http/warm-up.js';
import { seedDemo } from '../../../src/services/demo.service.js';
import { createEvidenceStore } from '../../../src/storage/evidence-store.js';
import { openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { WEB_DIR } from './paths.js';

export interface E2eServer {
  base: string;
  app: FastifyInstance;
  t: TestDatabase;
  close(): Promise<void>;
}

/**
 * `prepare` fills the database (default: the Krông Nô demo). `warmUp`: prepare today's national
 * board as `ntm serve` does at start, and wait for it (the server has been up a few seconds).
 */
export async function startServer(
  prepare: (t: TestDatabase) => Promise<unknown> = (t) => seedDemo(t.ctx),
  opts: { warmUp?: boolean } = {},
): Promise<E2eServer> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error(`E2E: ${WEB_DIR} is not built (the e2e globalSetup runs vite build)`);
  const t = await openTestDatabase('sqlite');
  await prepare(t);
  const evidenceDir = await mkdtemp(join(tmpdir(), 'ntm-e2e-evidence-'));
  const app = await buildApp({ database: t.database, evidenceStore: createEvidenceStore(evidenceDir), webDir: WEB_DIR });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  if (opts.warmUp) {
    const started = performance.now();
    await warmUpBoards(t.database, { info: () => {}, warn: (msg, data) => console.warn(msg, data) });
    console.log(
      `E2E: warm-up at start (today's national board computed, serialised, compressed) took ${Math.round(performance.now() - started)} ms`,
    );
  }
  return {
    base: `http://127.0.0.1:${port}`,
    app,
    t,
    close: async () => {
      await app.close();
      await t.close();
      await rm(evidenceDir, { recursive: true, force: true });
    },
  };
}
