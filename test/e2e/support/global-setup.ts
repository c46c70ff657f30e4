/** Before the browser tests: build the web app when dist/web is missing (a fresh clone), so `npm test` works without a build step. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, REPO, WEB_DIR } from './paths.js';

export default function setup() {
  if (!existsSync(CHROMIUM) || existsSync(join(WEB_DIR, 'index.html'))) return;
  console.log('E2E: dist/web/index.html missing — running vite build');
  // vitest sets NODE_ENV=test, which would make vite build a development bundle (jsx-dev-runtime)
  const r = spawnSync('npx', ['vite', 'build'], { cwd: REPO, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error(`E2E: vite build failed (exit ${r.status ?? r.signal})`);
}
