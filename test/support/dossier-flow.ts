/**
 * Test data for the dossier flow, labelled as such: the demo's Nâm Nung lacks criteria 17 and 18 on
 * 31/12/2022 (krong-no-years.json), so the full path first gives it, as of that date, the values the
 * demo has for those criteria on 31/12/2023, verified (the commune entering them, a department
 * verifying).
 */

import { indicatorValueRepository } from '../../src/db/repositories/indicator-value.repository.js';
import { getSet } from '../../src/services/catalog.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { reviewValue } from '../../src/services/review.service.js';
import { decodeValue } from '../../src/services/value.codec.js';
import { recordValues } from '../../src/services/value.service.js';

export const NAM_NUNG = '24703';
export const DEMO_SET = 'demo-krong-no-ntm-2022';

export async function completeNamNung2022(ctx: ServiceContext) {
  const set = await getSet(ctx, DEMO_SET);
  const codes = set.criteria
    .filter((c) => c.number === 17 || c.number === 18)
    .flatMap((c) => c.indicators.map((i) => ({ code: i.code, kind: i.kind })));
  const later = await indicatorValueRepository.detailAsOf(ctx.database.db, DEMO_SET, NAM_NUNG, '2023-12-31');
  const values: Record<string, unknown> = {};
  for (const { code, kind } of codes) {
    const row = later.find((r) => r.indicatorCode === code);
    if (row) values[code] = decodeValue(kind, row);
  }
  await recordValues(ctx, {
    unitCode: NAM_NUNG,
    setCode: DEMO_SET,
    asOf: '2022-12-31',
    values,
    note: 'Dữ liệu kiểm thử / test data',
    demo: true,
  });
  const now = await indicatorValueRepository.detailAsOf(ctx.database.db, DEMO_SET, NAM_NUNG, '2022-12-31');
  for (const code of Object.keys(values)) {
    const row = now.find((r) => r.indicatorCode === code && r.asOf === '2022-12-31');
    if (row && row.verification !== 'verified')
      await reviewValue(ctx, {
        unitCode: NAM_NUNG,
        setCode: DEMO_SET,
        indicatorCode: code,
        asOf: '2022-12-31',
        action: 'verify',
        expectedVersion: row.version,
      });
  }
}
