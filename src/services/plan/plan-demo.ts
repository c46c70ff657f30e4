/**
 * The Krông Nô 2022 plan in the demo: the real plan's content (src/catalog/plans), plus the agency
 * records the demo accounts act for — the NTM office, the Front, and the district's departments as a
 * Vietnamese district organises them, each owning its criteria (every criterion has an owner and a
 * reviewer account, demo-users.json). These owners are illustrative: stored and shown as demo.
 */

import { krongNoPlan2022 } from '../../catalog/plans/index.js';
import type { Executor } from '../../db/database.js';
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { planRepository } from '../../db/repositories/plan.repository.js';
import { userRepository } from '../../db/repositories/user.repository.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { createPlan } from './plan.service.js';

const DISTRICT = '664';

/**
 * Agencies the demo's department accounts stand for, with the criteria each owns (one owner per
 * criterion; `alsoReviews`: a cooperating agency whose account reviews that criterion too).
 * phong-nn-ptnt is named by the plan itself and only gets its criteria here.
 */
const DEMO_AGENCIES: { code: string; name: string; criteria: number[]; alsoReviews?: number[] }[] = [
  { code: 'phong-kt-ht', name: 'Phòng Kinh tế và Hạ tầng', criteria: [1, 2, 4, 7, 9] },
  { code: 'phong-y-te', name: 'Phòng Y tế', criteria: [15] },
  { code: 'phong-gd-dt', name: 'Phòng Giáo dục và Đào tạo', criteria: [5, 14] },
  { code: 'phong-vh-tt', name: 'Phòng Văn hóa và Thông tin', criteria: [6, 8, 16] },
  { code: 'phong-nn-ptnt', name: 'Phòng Nông nghiệp và Phát triển nông thôn', criteria: [3, 10, 13] },
  { code: 'phong-ld-tbxh', name: 'Phòng Lao động - Thương binh và Xã hội', criteria: [11, 12] },
  { code: 'phong-tn-mt', name: 'Phòng Tài nguyên và Môi trường', criteria: [17] },
  { code: 'phong-noi-vu', name: 'Phòng Nội vụ', criteria: [18] },
  { code: 'phong-tu-phap', name: 'Phòng Tư pháp', criteria: [], alsoReviews: [18] },
  { code: 'cong-an-huyen', name: 'Công an huyện', criteria: [19] },
  { code: 'ban-chqs-huyen', name: 'Ban Chỉ huy Quân sự huyện', criteria: [], alsoReviews: [19] },
];

const DEMO_MEMBERS: Record<string, string> = {
  'vpntm.krongno': 'van-phong-ntm',
  'mttq.krongno': 'ubmttq-huyen',
  'lanhdao.krongno': 'ubnd-huyen',
  'phong.ktht': 'phong-kt-ht',
  'phong.yte': 'phong-y-te',
  'phong.gddt': 'phong-gd-dt',
  'phong.vhtt': 'phong-vh-tt',
  'phong.nnptnt': 'phong-nn-ptnt',
  'phong.ldtbxh': 'phong-ld-tbxh',
  'phong.tnmt': 'phong-tn-mt',
  'phong.noivu': 'phong-noi-vu',
  'phong.tuphap': 'phong-tu-phap',
  'congan.krongno': 'cong-an-huyen',
  'bchqs.krongno': 'ban-chqs-huyen',
};

const demoNote = (a: (typeof DEMO_AGENCIES)[number]) =>
  a.alsoReviews
    ? `Phân công minh họa (demo): phối hợp xác minh tiêu chí ${a.alsoReviews.join(', ')} / demo assignment`
    : `Phân công minh họa (demo): phụ trách tiêu chí ${a.criteria.join(', ')} / demo assignment`;

async function linkDemoAgencies(ctx: ServiceContext, trx: Executor) {
  for (const a of DEMO_AGENCIES) {
    let row = await agencyRepository.byCode(trx, DISTRICT, a.code);
    if (!row) {
      row = {
        id: newId(),
        scopeUnitCode: DISTRICT,
        code: a.code,
        name: a.name,
        kind: 'department',
        note: demoNote(a),
      };
      await agencyRepository.insert(trx, row);
    }
    for (const n of a.criteria) await agencyRepository.setOwner(trx, newId(), DISTRICT, n, row.id, true);
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
