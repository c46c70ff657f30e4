/** Opening the configured database for a CLI command, migrated and with the built-in catalogue. */
import { configFromEnv, type Database, migrateToLatest, openDatabase } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { createContext, type ServiceContext } from '../services/context.js';
import { prepareDatabase } from '../services/demo.service.js';

export async function withContext<T>(fn: (ctx: ServiceContext, database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase(configFromEnv());
  try {
    await migrateToLatest(database.db);
    const ctx = createContext(database, undefined, { info: (m) => console.error(m), warn: (m) => console.error(`! ${m}`) });
    await prepareDatabase(ctx);
    return await fn(ctx, database);
  } finally {
    await database.close();
  }
}

/** Prints an error the way users read it: Vietnamese first, English beneath, then each problem and where. */
export function printError(err: unknown): number {
  if (err instanceof AppError) {
    console.error(`Lỗi: ${err.messages.vi}\nError: ${err.messages.en} [${err.code}]`);
    for (const i of err.issues) console.error(`  - ${i.path || '(gốc/root)'}: ${i.message}`);
    return err.kind === 'invalid' ? 2 : 1;
  }
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  return 1;
}

export function usageError(vi: string, en: string): AppError {
  return new AppError('cli.usage', 'invalid', { vi, en });
}
