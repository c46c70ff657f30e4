/**
 * Generated from the route table like the unit matrix: every route that acts on a plan × every role ×
 * a plan inside and a plan outside the role's area. Expectations come from policies/plan-policy.ts;
 * writes carry a stale version so an allowed write answers 409 and writes nothing either way.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krongNoPlan2022 } from '../../src/catalog/plans/index.js';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { userRepository } from '../../src/db/repositories/user.repository.js';
import type { RouteEntry } from '../../src/http/access.js';
import {
  canMovePlanStatus,
  canOnPlan,
  canUpdateTask,
  PLAN_POLICY,
  type PlanAction,
  type PlanPlace,
} from '../../src/policies/plan-policy.js';
import type { Principal } from '../../src/policies/policy.js';
import { ancestorsOf } from '../../src/services/access.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { createPlan } from '../../src/services/plan/plan.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

/**
 * Plans by issuing unit: Krông Nô (664), Đắk Glong (663, same province), the new Lâm Đồng (68-2025) and one
 * of its merged communes planning for itself (24703-2025). Test plans, beside the demo's own lam-dong-2026.
 */
const PLANS = {
  '664': 'krong-no-2022',
  '663': 'dak-glong-2022',
  '68-2025': 'lam-dong-2026-thu',
  '24703-2025': 'nam-nung-2026-thu',
} as const;
const ROLES: { username: string; plans: [keyof typeof PLANS, keyof typeof PLANS] }[] = [
  { username: 'admin.demo', plans: ['664', '663'] },
  { username: 'vpntm.krongno', plans: ['664', '663'] },
  { username: 'xa.namnung', plans: ['664', '663'] },
  { username: 'phong.ktht', plans: ['664', '663'] },
  { username: 'lanhdao.krongno', plans: ['664', '663'] },
  { username: 'mttq.krongno', plans: ['664', '663'] },
  { username: 'vpdp.daknong', plans: ['663', '68-2025'] },
  { username: 'vpdp.lamdong', plans: ['24703-2025', '664'] },
  { username: 'xa.namnung.2025', plans: ['24703-2025', '68-2025'] },
  { username: 'xa.namda.2025', plans: ['68-2025', '24703-2025'] },
];

const BODIES: Record<string, unknown> = {
  'POST /api/v1/plans/:plan/copy': { code: 'krong-no-2022' },
  'PATCH /api/v1/plans/:plan': { expectedVersion: 999, parts: {} },
  'PUT /api/v1/plans/:plan/targets/:code': { expectedVersion: 999, target: null },
  'POST /api/v1/plans/:plan/status': { to: 'approved', expectedVersion: 999 },
  'POST /api/v1/plans/:plan/reviews': { flagId: 'khong-co', expectedVersion: 999 },
  'POST /api/v1/plans/:plan/tasks/:number/progress': {
    reportedOn: '2022-07-01',
    status: 'in_progress',
    note: 'Tiến độ',
    expectedVersion: 999,
  },
  'PATCH /api/v1/plans/:plan/tasks/:number': { deadline: null, expectedVersion: 999 },
  // An allowed request names a unit that does not exist (422): nothing is written either way.
  'POST /api/v1/plans/:plan/working-group': { name: 'Nguyễn Văn A', unitCode: 'khong-ton-tai' },
  'DELETE /api/v1/plans/:plan/working-group/:memberId': {},
  // No such update: allowed readers get 404 before any file is read.
  'POST /api/v1/plans/:plan/tasks/:number/updates/:updateId/files': {},
};

/** The plan of another unit: the demo plan's text under another issuing unit, with no commune targets. */
function otherPlan(code: string, unitCode: string, kind: 'district' | 'province' | 'commune', year: number) {
  const p = krongNoPlan2022();
  return {
    ...p,
    code,
    year,
    issuedOn: { year, month: 3, day: 1 },
    issuingUnit: { unitCode, kind, authority: `Ủy ban nhân dân ${unitCode}` },
    communeTargets: [],
    status: 'draft' as const,
    statusHistory: [],
  };
}

describe.each(DIALECTS)('plan authorization matrix on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const sessions = new Map<string, Session & { principal: Principal }>();
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    await createPlan(t.ctx, otherPlan(PLANS['663'], '663', 'district', 2022));
    await createPlan(t.ctx, otherPlan(PLANS['68-2025'], '68-2025', 'province', 2026));
    await createPlan(t.ctx, otherPlan(PLANS['24703-2025'], '24703-2025', 'commune', 2026));
    app = await buildTestApp(t);
    for (const r of ROLES) {
      const u = await userRepository.byUsername(t.database.db, r.username);
      const principal: Principal = {
        role: u?.role as Principal['role'],
        unitCode: u?.unitCode ?? null,
        criteria: JSON.parse(u?.criteria ?? '[]'),
      };
      sessions.set(r.username, { ...(await signIn(app, r.username)), principal });
    }
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  async function placeFor(p: Principal, issuingUnitCode: string): Promise<PlanPlace> {
    return {
      issuingUnitCode,
      issuingAncestors: await ancestorsOf(t.ctx, issuingUnitCode),
      principalAncestors: p.unitCode ? await ancestorsOf(t.ctx, p.unitCode) : [],
    };
  }

  /** What the policy says; task II.1.1 names no agency or commune. */
  async function expected(r: RouteEntry, action: PlanAction, p: Principal, unit: string) {
    const place = await placeFor(p, unit);
    if (r.url === '/api/v1/plans/:plan/status') return canMovePlanStatus(p, place);
    if (action === 'tasks.update') {
      return canUpdateTask(p, place, { leadAgencyCode: null, cooperatingAgencyCodes: [], communeUnitCodes: [], ledByCommunes: false }, []);
    }
    return canOnPlan(p, action, place);
  }

  it('allows inside the area and refuses outside it, for every plan route and role', async () => {
    const routes = app.routeTable.filter((r) => r.access?.kind === 'plan');
    expect(routes.length).toBeGreaterThanOrEqual(9);
    let n = 0;
    let refused = 0;
    for (const r of routes) {
      if (r.access?.kind !== 'plan') continue;
      if (r.method !== 'GET') expect(BODIES[`${r.method} ${r.url}`], `${r.method} ${r.url} needs a body here`).toBeDefined();
      for (const role of ROLES) {
        const s = sessions.get(role.username);
        if (!s) throw new Error(role.username);
        for (const unit of role.plans) {
          n++;
          const url = r.url.replace(':plan', PLANS[unit]).replace(':code', '24703').replace(':number', 'II.1.1');
          const allow = await expected(r, r.access.action, s.principal, unit);
          const auditBefore = await auditRepository.count(t.database.db);
          const res = await s.request({ method: r.method as 'GET', url, payload: BODIES[`${r.method} ${r.url}`] as object | undefined });
          expect([r.method, r.url, role.username, unit, res.statusCode === 403], res.body).toEqual([
            r.method,
            r.url,
            role.username,
            unit,
            !allow,
          ]);
          expect(res.statusCode).not.toBe(401);
          if (r.method !== 'GET') expect([r.url, res.statusCode]).not.toEqual([r.url, 200]);
          if (!allow) refused++;
          if (r.method !== 'GET') expect(await auditRepository.count(t.database.db)).toBe(auditBefore);
        }
      }
    }
    expect(n).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(30);
  });

  it('refuses an invalid body from a role without the right with 403, not 400 or 422', async () => {
    let refused = 0;
    for (const r of app.routeTable) {
      if (r.access?.kind !== 'plan' || r.method === 'GET') continue;
      for (const role of ROLES) {
        const s = sessions.get(role.username);
        if (!s) throw new Error(role.username);
        for (const unit of role.plans) {
          if (await expected(r, r.access.action, s.principal, unit)) continue;
          // Allowed on the plan but not on this task: decided by the service after validation.
          if (r.access.action === 'tasks.update' && canOnPlan(s.principal, 'plans.read', await placeFor(s.principal, unit))) continue;
          const url = r.url.replace(':plan', PLANS[unit]).replace(':code', '24703').replace(':number', 'II.1.1');
          const res = await s.request({ method: r.method as 'POST', url, payload: { expectedVersion: 'x', parts: 3, to: 'nowhere' } });
          expect([r.method, r.url, role.username, unit, res.statusCode], res.body).toEqual([r.method, r.url, role.username, unit, 403]);
          expect(res.json().error.issues).toEqual([]);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(20);
  });

  it('refuses a new plan from a role that may not write plans with 403 before reading its body', async () => {
    const invalid = { code: 'Không hợp lệ!', year: 'năm nay' };
    for (const role of ROLES) {
      const s = sessions.get(role.username);
      if (!s) throw new Error(role.username);
      const res = await s.request({ method: 'POST', url: '/api/v1/plans', payload: invalid });
      const mayWrite = PLAN_POLICY['plans.write'].includes(s.principal.role as never) || s.principal.role === 'admin';
      expect([role.username, res.statusCode], res.body).toEqual([role.username, mayWrite ? 422 : 403]);
      if (!mayWrite) expect(res.json().error.issues).toEqual([]);
    }
  });
});
