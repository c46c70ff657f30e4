/**
 * Reads generated documents the way an office would print them: LibreOffice headless converts them
 * to PDF (all in one call, with a profile of its own so a running LibreOffice is not disturbed), and
 * poppler reads back the page count, a page's text, word boxes, and the length of a drawn rule.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function hasCommand(cmd: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${cmd}`]);
    return true;
  } catch {
    return false;
  }
}

/** Converts every file to PDF in one soffice run; returns the PDF path of each input. */
export async function toPdf(files: readonly string[]): Promise<Map<string, string>> {
  const out = await mkdtemp(join(tmpdir(), 'ntm-pdf-'));
  const profile = await mkdtemp(join(tmpdir(), 'ntm-lo-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], {
      timeout: 120_000,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return new Map(files.map((f) => [f, join(out, `${basename(f).replace(/\.[^.]+$/u, '')}.pdf`)]));
}

export async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const m = /^Pages:\s+(\d+)$/mu.exec(stdout);
  if (!m) throw new Error(`pdfinfo: no page count for ${pdf}`);
  return Number(m[1]);
}

/** The text lines of one page, top to bottom (or in reading order, column by column), blank lines dropped. */
export async function pageLines(pdf: string, page: number, layout = true): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), ...(layout ? ['-layout'] : []), pdf, '-']);
  return stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Every text line of the whole file, blank lines dropped. */
export async function allLines(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export interface WordBox {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The words of a page with their boxes, in points from the top left. */
export async function pageWords(pdf: string, page: number): Promise<WordBox[]> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-']);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5] as string,
  }));
}

const DPI = 300;
const MM_PER_PT = 25.4 / 72;

/**
 * The longest horizontal dark run (mm) in a band of a page, rendered at 300 dpi in grey: a rule drawn
 * there. The band is given in points: `top` to `top + height`, `left` to `left + width`.
 */
export async function ruleLengthMm(pdf: string, page: number, band: { left: number; top: number; width: number; height: number }) {
  const px = (pt: number) => Math.round((pt * DPI) / 72);
  const dir = await mkdtemp(join(tmpdir(), 'ntm-rule-'));
  const base = join(dir, 'band');
  const box = [px(band.left), px(band.top), px(band.width), px(band.height)].map(String);
  await run('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    String(DPI),
    '-gray',
    '-singlefile',
    '-x',
    box[0],
    '-y',
    box[1],
    '-W',
    box[2],
    '-H',
    box[3],
    pdf,
    base,
  ] as string[]);
  const pgm = await readFile(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm: not a PGM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  let best = { length: 0, start: 0 };
  for (let y = 0; y < h; y++) {
    let run0 = -1;
    for (let x = 0; x <= w; x++) {
      const dark = x < w && (data[y * w + x] as number) < 128;
      if (dark && run0 < 0) run0 = x;
      if (!dark && run0 >= 0) {
        if (x - run0 > best.length) best = { length: x - run0, start: run0 };
        run0 = -1;
      }
    }
  }
  const toMm = (p: number) => (p / DPI) * 25.4;
  return { lengthMm: toMm(best.length), startMm: toMm(best.start) + band.left * MM_PER_PT };
}

export const ptToMm = (pt: number) => pt * MM_PER_PT;
