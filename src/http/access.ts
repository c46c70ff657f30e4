/**
 * Each route declares who may call it: public, any signed-in user, or a policy action on a unit
 * taken from the request. The session plugin turns "not signed in" into 401; plugins/authorize.ts
 * checks the action and scope on request, before the body is validated (403), and services check
 * again in full. The declarations also drive the authorization-matrix test.
 */
import type { DossierAction } from '../policies/dossier-policy.js';
import type { PlanAction } from '../policies/plan-policy.js';
import type { Action } from '../policies/policy.js';
import type { SurveyAction } from '../policies/survey-policy.js';
import type { Actor } from '../services/context.js';

export type Access =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  /** `unit`: where the unit code is — a path parameter, the query, the stored resource, or the actor's own unit. */
  | { kind: 'scoped'; action: Action; unit: 'params.code' | 'query.unit' | 'resource' | 'actor' }
  /** An action on the plan named by the `:plan` path parameter, decided by policies/plan-policy.ts. */
  /** `moveStatus`: the route moves the plan's status, which only the issuing unit's bodies may do (plan-policy.ts). */
  | { kind: 'plan'; action: PlanAction; moveStatus?: true }
  /** A plan action whose unit is named in the body (a new plan): the role must hold it at all; the service checks the unit. */
  | { kind: 'role'; action: PlanAction }
  /** A dossier action (policies/dossier-policy.ts) on the commune named by `:code`, or on the dossier `:id`'s commune. */
  | { kind: 'dossier'; action: DossierAction; unit: 'params.code' | 'params.id' }
  /** A survey action (policies/survey-policy.ts) on the commune of the path's `:code`, or of the stored round. */
  | { kind: 'survey'; action: SurveyAction; unit: 'params.code' | 'resource' };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signed-in' };
export const scoped = (action: Action, unit: 'params.code' | 'query.unit' | 'resource' | 'actor'): Access => ({
  kind: 'scoped',
  action,
  unit,
});

export const onPlan = (action: PlanAction): Access => ({ kind: 'plan', action });

export const onPlanStatus = (): Access => ({ kind: 'plan', action: 'plans.read', moveStatus: true });

export const byRole = (action: PlanAction): Access => ({ kind: 'role', action });

export const onDossier = (action: DossierAction, unit: 'params.code' | 'params.id' = 'params.id'): Access => ({
  kind: 'dossier',
  action,
  unit,
});
export const onSurvey = (action: SurveyAction, unit: 'params.code' | 'resource'): Access => ({ kind: 'survey', action, unit });

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
