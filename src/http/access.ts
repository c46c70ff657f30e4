/**
 * Each route declares who may call it: public, any signed-in user, or a policy action on a unit
 * taken from the request. The session plugin turns "not signed in" into 401; services enforce the
 * action and scope (403). The declarations also drive the authorization-matrix test.
 */
import type { PlanAction } from '../policies/plan-policy.js';
import type { Action } from '../policies/policy.js';
import type { Actor } from '../services/context.js';

export type Access =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  /** `unit`: where the unit code is — a path parameter, the query, the stored resource, or the actor's own unit. */
  | { kind: 'scoped'; action: Action; unit: 'params.code' | 'query.unit' | 'resource' | 'actor' }
  /** An action on the plan named by the `:plan` path parameter, decided by policies/plan-policy.ts. */
  | { kind: 'plan'; action: PlanAction };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signed-in' };
export const scoped = (action: Action, unit: 'params.code' | 'query.unit' | 'resource' | 'actor'): Access => ({
  kind: 'scoped',
  action,
  unit,
});

export const onPlan = (action: PlanAction): Access => ({ kind: 'plan', action });

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

/** Every /api/v1 route and what it declared; null = undeclared (a test fails on it). */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access | null;
}
