/** Before the browser tests: build the web app when dist/web is missing (a fresh clone), so `npm test` works without a build step. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, WEB_DIR } from './paths.js';

export default function setup() {
  if (!existsSync('/usr/bin/chromium') || existsSync(join(WEB_DIR, 'index.html'))) return;
  console.log('E2E: dist/web/index.html missing — running vite build');
  const r = spawnSync('npx', ['vite', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`E2E: vite build failed (exit ${r.status ?? r.signal})`);
}
