/** Actors of the demo's Krông Nô for service-level money tests (the office, the leader, a commune officer). */
import type { ServiceContext } from '../../src/services/context.js';

export const KRONG_NO = '664';
export const NAM_XUAN = '24692';
export const as = (ctx: ServiceContext, role: string, unitCode: string | null): ServiceContext => ({
  ...ctx,
  actor: { id: `t-${role}`, username: role, displayName: role, role: role as never, unitCode, criteria: [] },
});
