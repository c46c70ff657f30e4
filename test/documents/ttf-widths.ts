/** Advance widths read from a TrueType file (its cmap format 4 subtable and hmtx), in font units. */
import { readFileSync } from 'node:fs';

export function ttfAdvanceWidths(path: string): { unitsPerEm: number; width: (ch: string) => number } {
  const b = readFileSync(path);
  const table: Record<string, number> = {};
  for (let i = 0; i < b.readUInt16BE(4); i++) table[b.toString('latin1', 12 + i * 16, 16 + i * 16)] = b.readUInt32BE(20 + i * 16);
  const [head, hhea, hmtx, cmap] = [table.head, table.hhea, table.hmtx, table.cmap] as number[];
  const metrics = b.readUInt16BE((hhea as number) + 34);
  let sub = -1;
  for (let i = 0; i < b.readUInt16BE((cmap as number) + 2); i++) {
    const at = (cmap as number) + 4 + i * 8;
    const off = (cmap as number) + b.readUInt32BE(at + 4);
    if (b.readUInt16BE(at) === 3 && b.readUInt16BE(at + 2) === 1 && b.readUInt16BE(off) === 4) sub = off;
  }
  if (sub < 0) throw new Error(`${path}: no Unicode BMP cmap`);
  const segs = b.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  const glyph = (c: number) => {
    for (let i = 0; i < segs; i++) {
      if (c > b.readUInt16BE(ends + 2 * i)) continue;
      const start = b.readUInt16BE(starts + 2 * i);
      if (c < start) return 0;
      const delta = b.readInt16BE(deltas + 2 * i);
      const ro = b.readUInt16BE(ranges + 2 * i);
      if (ro === 0) return (c + delta) & 0xffff;
      const g = b.readUInt16BE(ranges + 2 * i + ro + 2 * (c - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  return {
    unitsPerEm: b.readUInt16BE((head as number) + 18),
    width: (ch) => b.readUInt16BE((hmtx as number) + 4 * Math.min(glyph(ch.codePointAt(0) ?? 0), metrics - 1)),
  };
}
