/** The plan policy as data: reading reaches up to the unit above, editing stays with the offices (and a commune's officer for its own plan), tasks go to those named on them. */
import { describe, expect, it } from 'vitest';
import { canOnPlan, canUpdateTask, type PlanPlace } from '../../src/policies/plan-policy.js';
import type { Principal } from '../../src/policies/policy.js';

const district: PlanPlace = { issuingUnitCode: '664', issuingAncestors: ['67'], principalAncestors: [] };
const at = (p: Principal, principalAncestors: string[]): [Principal, PlanPlace] => [p, { ...district, principalAncestors }];
const office: Principal = { role: 'district_office', unitCode: '664', criteria: [] };
const commune: Principal = { role: 'commune_officer', unitCode: '24703', criteria: [] };
const otherCommune: Principal = { role: 'commune_officer', unitCode: '24678', criteria: [] };
const province: Principal = { role: 'province_office', unitCode: '67', criteria: [] };
const front: Principal = { role: 'front', unitCode: '664', criteria: [] };
/** canOnPlan for a principal whose unit has these ancestors. */
const can = (p: Principal, principalAncestors: string[], action: 'plans.read' | 'plans.write') =>
  canOnPlan(p, action, { ...district, principalAncestors });
const noTask = { leadAgencyCode: null, cooperatingAgencyCodes: [], communeUnitCodes: [], ledByCommunes: false };

describe('plan policy', () => {
  it('lets a commune read the plan of its district, not of another district', () => {
    expect(can(commune, ['664', '67'], 'plans.read')).toBe(true);
    expect(can(otherCommune, ['663', '67'], 'plans.read')).toBe(false);
  });

  it("lets a commune's officer write and update the commune's own plan, and no plan above or beside it", () => {
    const own: PlanPlace = { issuingUnitCode: '24703-2025', issuingAncestors: ['68-2025'], principalAncestors: ['68-2025'] };
    const newCommune: Principal = { role: 'commune_officer', unitCode: '24703-2025', criteria: [] };
    expect(canOnPlan(newCommune, 'plans.write', own)).toBe(true);
    expect(canOnPlan(newCommune, 'tasks.update', own)).toBe(true);
    const province: PlanPlace = { issuingUnitCode: '68-2025', issuingAncestors: [], principalAncestors: ['68-2025'] };
    expect(canOnPlan(newCommune, 'plans.read', province)).toBe(true);
    expect(canOnPlan(newCommune, 'plans.write', province)).toBe(false);
    expect(canOnPlan(newCommune, 'tasks.update', province)).toBe(false);
    const neighbour: Principal = { role: 'commune_officer', unitCode: '24697-2025', criteria: [] };
    expect(canOnPlan(neighbour, 'plans.write', own)).toBe(false);
    expect(canOnPlan(neighbour, 'plans.read', own)).toBe(false);
    // the province office writes its communes' plans too; the Front never writes one
    expect(canOnPlan({ role: 'province_office', unitCode: '68-2025', criteria: [] }, 'plans.write', own)).toBe(true);
    expect(canOnPlan({ role: 'front', unitCode: '68-2025', criteria: [] }, 'plans.write', own)).toBe(false);
  });

  it('lets the district and province offices edit, never a commune, the Front or the public', () => {
    expect(can(office, ['67'], 'plans.write')).toBe(true);
    expect(can(province, [], 'plans.write')).toBe(true);
    expect(can(commune, ['664', '67'], 'plans.write')).toBe(false);
    expect(can(front, ['67'], 'plans.write')).toBe(false);
    expect(can({ role: 'public', unitCode: null, criteria: [] }, [], 'plans.read')).toBe(false);
  });

  it('gives a task to the agencies named on it and to the communes it concerns', () => {
    const [p, place] = at(front, ['67']);
    expect(canUpdateTask(p, place, { ...noTask, leadAgencyCode: 'ubmttq-huyen' }, ['ubmttq-huyen'])).toBe(true);
    expect(canUpdateTask(p, place, { ...noTask, cooperatingAgencyCodes: ['ubmttq-huyen'] }, ['ubmttq-huyen'])).toBe(true);
    expect(canUpdateTask(p, place, { ...noTask, leadAgencyCode: 'phong-tc-kh' }, ['ubmttq-huyen'])).toBe(false);
    const [c, cPlace] = at(commune, ['664', '67']);
    expect(canUpdateTask(c, cPlace, { ...noTask, communeUnitCodes: ['24703'] }, [])).toBe(true);
    expect(canUpdateTask(c, cPlace, { ...noTask, communeUnitCodes: ['24692'] }, [])).toBe(false);
    expect(canUpdateTask(c, cPlace, { ...noTask, ledByCommunes: true }, [])).toBe(true);
    expect(canUpdateTask(c, cPlace, noTask, [])).toBe(false);
    // An agency member outside the plan's area gets nothing, whatever its agency code says.
    const [o, oPlace] = at(otherCommune, ['663', '67']);
    expect(canUpdateTask(o, oPlace, { ...noTask, leadAgencyCode: 'x' }, ['x'])).toBe(false);
  });
});
