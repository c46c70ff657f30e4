/**
 * The OpenAPI document as the server produces it, without a listening server or a real database:
 * the app is built in-process on an empty in-memory SQLite and asked for `app.swagger()`. Used by
 * `npm run lint:api`, `npm run gen:api` and the tests that hold the committed API types to it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/database.js';
import { createEvidenceStore } from '../../storage/evidence-store.js';
import { buildApp } from '../app.js';

export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), 'ntm-openapi-'));
  const database = openDatabase({ sqliteFile: ':memory:' });
  try {
    const app = await buildApp({ database, evidenceStore: createEvidenceStore(dir) });
    try {
      return app.swagger() as unknown as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}
