/**
 * The Krông Nô 2022 plan in the demo: the real plan's content (src/catalog/plans), plus the agency
 * records the demo accounts act for — the NTM office, the Front, and the two departments of the demo
 * (Phòng Kinh tế và Hạ tầng, Phòng Y tế) with the criteria they answer for, as in demo-users.json.
 */

import { krongNoPlan2022 } from '../../catalog/plans/index.js';
import type { Executor } from '../../db/database.js';
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { planRepository } from '../../db/repositories/plan.repository.js';
import { userRepository } from '../../db/repositories/user.repository.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { createPlan } from './plan.service.js';

const DISTRICT = '664';

/** Agencies the plan does not name but the demo's department accounts stand for. */
const DEMO_AGENCIES = [
  { code: 'phong-kt-ht', name: 'Phòng Kinh tế và Hạ tầng', kind: 'department', criteria: [1, 2, 4, 7, 9] },
  { code: 'phong-y-te', name: 'Phòng Y tế', kind: 'department', criteria: [15] },
];

const DEMO_MEMBERS: Record<string, string> = {
  'vpntm.krongno': 'van-phong-ntm',
  'mttq.krongno': 'ubmttq-huyen',
  'lanhdao.krongno': 'ubnd-huyen',
  'phong.ktht': 'phong-kt-ht',
  'phong.yte': 'phong-y-te',
};

async function linkDemoAgencies(ctx: ServiceContext, trx: Executor) {
  for (const a of DEMO_AGENCIES) {
    let row = await agencyRepository.byCode(trx, DISTRICT, a.code);
    if (!row) {
      row = {
        id: newId(),
        scopeUnitCode: DISTRICT,
        code: a.code,
        name: a.name,
        kind: a.kind,
        note: 'Cơ quan của tài khoản demo / demo account agency',
      };
      await agencyRepository.insert(trx, row);
    }
    for (const n of a.criteria) await agencyRepository.setOwner(trx, newId(), DISTRICT, n, row.id);
  }
  for (const [username, code] of Object.entries(DEMO_MEMBERS)) {
    const user = await userRepository.byUsername(trx, username);
    const agency = await agencyRepository.byCode(trx, DISTRICT, code);
    if (user && agency) await agencyRepository.addUser(trx, agency.id, user.id);
  }
  await audit(ctx, trx, [
    { action: 'agency.demo_links', entityType: 'agency', entityId: DISTRICT, unitCode: DISTRICT, after: { DEMO_AGENCIES, DEMO_MEMBERS } },
  ]);
}

export async function seedDemoPlan(ctx: ServiceContext) {
  const plan = krongNoPlan2022();
  if (await planRepository.byCode(ctx.database.db, plan.code)) return;
  await createPlan(ctx, plan);
  await inTransaction(ctx, (trx) => linkDemoAgencies(ctx, trx), 'none');
}
