/** Where things are: the repository root, the built web app, the screenshots, Debian's Chromium. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_DIR = join(REPO, 'dist', 'web');
export const SHOTS_DIR = join(REPO, 'test-results', 'e2e');
export const CHROMIUM = '/usr/bin/chromium';
