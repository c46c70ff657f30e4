/**
 * Where documents find plans, tasks and supervision findings. Today plans come from the catalogue
 * (the Krông Nô 2022 plan), tasks from the plan itself and no supervision is stored; when plans,
 * tasks and visits live in the database, a source reading them is passed instead — the document
 * service does not change.
 */
import { krongNoPlan2022 } from '../catalog/plans/index.js';
import type { SupervisionFinding } from '../documents/report-input.js';
import type { Plan } from '../domain/plan/plan.schema.js';
import type { Task } from '../domain/plan/plan-task.schema.js';
import type { ServiceContext } from './context.js';

export interface DocumentSources {
  /** A plan by its code, or null. */
  plan(ctx: ServiceContext, code: string): Promise<Plan | null>;
  /** The plan of a unit for a year (the latest approved one), or null. */
  planFor(ctx: ServiceContext, unitCode: string, year: number): Promise<Plan | null>;
  /** The plan's tasks with their current status. */
  tasks(ctx: ServiceContext, plan: Plan): Promise<Task[]>;
  /** Supervision findings recorded in the area between two dates (inclusive). */
  supervision(ctx: ServiceContext, unitCode: string, from: string, to: string): Promise<SupervisionFinding[]>;
}

const builtinPlans = (): Plan[] => [krongNoPlan2022()];

/** Plans from the catalogue, tasks as the plan states them, no supervision records yet. */
export const catalogSources: DocumentSources = {
  plan: async (_ctx, code) => builtinPlans().find((p) => p.code === code) ?? null,
  planFor: async (_ctx, unitCode, year) => builtinPlans().find((p) => p.issuingUnit.unitCode === unitCode && p.year === year) ?? null,
  tasks: async (_ctx, plan) => plan.tasks,
  supervision: async () => [],
};
