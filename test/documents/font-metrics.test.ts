/**
 * The glyph widths the documents are laid out with are those of the fonts LibreOffice prints with
 * (Liberation Serif 2, metric-compatible with Times New Roman): every character of the table, and every
 * Vietnamese letter, is checked against the font files when they are installed (always in CI).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advance, textWidthMm, UNITS_PER_EM, type Weight } from '../../src/documents/font-metrics.js';
import { ttfAdvanceWidths } from './ttf-widths.js';

const DIR = '/usr/share/fonts/truetype/liberation2';
const FILES: Record<Weight, string> = { regular: `${DIR}/LiberationSerif-Regular.ttf`, bold: `${DIR}/LiberationSerif-Bold.ttf` };
const present = existsSync(FILES.regular) && existsSync(FILES.bold);
if (!present && process.env.CI) throw new Error('CI: fonts-liberation2 must be installed (.ci/run install_libreoffice)');

const VI = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

describe('text widths', () => {
  it('measures the motto: 56,1 mm in 13 pt bold, 60,5 mm in 14 pt bold', () => {
    expect(textWidthMm('Độc lập - Tự do - Hạnh phúc', 13, 'bold')).toBeCloseTo(56.14, 2);
    expect(textWidthMm('Độc lập - Tự do - Hạnh phúc', 14, 'bold')).toBeCloseTo(60.46, 2);
    expect(() => textWidthMm('Độc lập ✓', 13, 'bold')).toThrow(/no width for "✓"/);
  });

  it.skipIf(!present).each(['regular', 'bold'] as const)(
    'agrees with Liberation Serif %s for ASCII and every Vietnamese letter',
    (weight) => {
      const font = ttfAdvanceWidths(FILES[weight]);
      expect(font.unitsPerEm).toBe(UNITS_PER_EM);
      for (const ch of ASCII + VI + VI.toLocaleUpperCase('vi')) expect(advance(ch, weight), `"${ch}"`).toBe(font.width(ch));
    },
  );
});
