/**
 * At start, the current national board is computed, serialised and compressed in the background,
 * so the first person to open it does not wait seconds for 440,000 values to be read. Failures
 * (an empty database, no set assigned) are logged, never fatal; requests are served meanwhile.
 */
import type { Database } from '../db/database.js';
import { board, boardDemoValues } from '../services/board.service.js';
import { createContext, type Logger, SYSTEM_ACTOR } from '../services/context.js';
import { prepareCachedJson } from './cached-body.js';
import { presentBoard } from './presenters/board.presenter.js';
import { today } from './schemas.js';

/** Prepares the national board on `asOf` (today, the web app's default date). */
export async function warmUpBoards(database: Database, log: Logger, asOf = today()) {
  const started = performance.now();
  try {
    const ctx = createContext(database, SYSTEM_ACTOR, log);
    const b = await board(ctx, { asOf });
    const demoValues = await boardDemoValues(ctx, b, { asOf });
    await prepareCachedJson(b, () => presentBoard({ ...b, demoValues }));
    log.info('national board ready', { asOf, communes: b.rows.length, ms: Math.round(performance.now() - started) });
  } catch (e) {
    log.warn('national board not prepared at start', { error: e instanceof Error ? e.message : String(e) });
  }
}
