/**
 * Where documents find plans, tasks and supervision findings: the plans stored in the database (the
 * plan's tasks with their live status) and the supervision log. Reading a plan goes through the plan
 * policy, so a document never shows a plan its reader could not open.
 */

import { planRepository } from '../db/repositories/plan.repository.js';
import type { SupervisionFinding } from '../documents/report-input.js';
import { AppError } from '../domain/errors.js';
import type { Plan } from '../domain/plan/plan.schema.js';
import type { Task } from '../domain/plan/plan-task.schema.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import type { ServiceContext } from './context.js';
import { loadPlan } from './plan/plan-access.js';
import { listVisits } from './plan/supervision.service.js';

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

/** Which plan of a unit's year a report follows: approved first, then submitted, then the draft. */
const PREFERENCE = ['approved', 'submitted', 'draft'];

async function storedPlan(ctx: ServiceContext, code: string): Promise<Plan | null> {
  try {
    return (await loadPlan(ctx, code)).plan;
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return null;
    throw e;
  }
}

const BY_VI: Record<string, string> = { agency: 'Cơ quan chuyên môn', working_group: 'Tổ công tác', front: 'Mặt trận Tổ quốc' };

export const databaseSources: DocumentSources = {
  plan: storedPlan,
  planFor: async (ctx, unitCode, year) => {
    const rows = (await planRepository.list(ctx.database.db)).filter(
      (p) => p.issuingUnitCode === unitCode && p.year === year && PREFERENCE.includes(p.status),
    );
    rows.sort((a, b) => PREFERENCE.indexOf(a.status) - PREFERENCE.indexOf(b.status) || b.updatedAt.localeCompare(a.updatedAt));
    return rows[0] ? storedPlan(ctx, rows[0].code) : null;
  },
  // A stored plan is read with its tasks' live status already.
  tasks: async (_ctx, plan) => plan.tasks,
  supervision: async (ctx, unitCode, from, to) =>
    (await listVisits(ctx, unitCode)).items
      .filter((v) => v.visitedOn >= from && v.visitedOn <= to)
      .sort((a, b) => a.visitedOn.localeCompare(b.visitedOn))
      .map((v) => ({
        date: v.visitedOn,
        unitName: v.unitName,
        by: `${v.byName} (${BY_VI[v.byKind] ?? v.byKind})`,
        findings: [v.summary, ...v.findings.map((f) => (f.criterion ? `Tiêu chí ${f.criterion}: ${f.finding}` : f.finding))]
          .filter((x): x is string => !!x)
          .join('; '),
        followUp:
          v.actions.length === 0
            ? null
            : v.actions.map((a) => `${a.text} (${a.owner}${a.deadline ? `, hạn ${formatDateVi(a.deadline)}` : ''})`).join('; '),
      })),
};
