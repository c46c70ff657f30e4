/** A plan's tasks: the filtered list with progress, progress reports, the office's edits, the working group. */
import { z } from 'zod';
import { addWorkingGroupMember, removeWorkingGroupMember, workingGroup } from '../../../services/plan/agency.service.js';
import { editTask, listTasks, reportTaskProgress } from '../../../services/plan/task.service.js';
import { onPlan } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, today } from '../../schemas.js';
import {
  memberBody,
  planParams,
  progressBody,
  progressOut,
  taskEditBody,
  taskEditOut,
  taskParams,
  tasksOut,
  tasksQuery,
  workingGroupOut,
} from './schema.js';

export function taskRoutes({ app, ctx }: RouteDeps) {
  const tags = ['tasks'];
  app.get(
    '/api/v1/plans/:plan/tasks',
    {
      config: { access: onPlan('plans.read') },
      schema: {
        tags,
        summary: 'Nhiệm vụ, giải pháp (lọc theo cơ quan, xã, trạng thái, quá hạn) / tasks with filters',
        params: planParams,
        querystring: tasksQuery,
        response: { 200: tasksOut, ...errorResponses },
      },
    },
    async (req) =>
      listTasks(ctx(req), req.params.plan, {
        asOf: req.query.asOf ?? today(),
        agency: req.query.agency,
        unit: req.query.unit,
        status: req.query.status,
        overdue: req.query.overdue === undefined ? undefined : req.query.overdue === 'true',
      }),
  );

  app.post(
    '/api/v1/plans/:plan/tasks/:number/progress',
    {
      config: { access: onPlan('tasks.update') },
      schema: {
        errorCodes: ['task.not_found', 'task.unit_not_concerned', 'plan.superseded'],
        tags,
        summary: 'Báo cáo tiến độ nhiệm vụ / report a task’s progress',
        params: taskParams,
        body: progressBody,
        response: { 200: progressOut, ...errorResponses },
      },
    },
    async (req) => reportTaskProgress(ctx(req), req.params.plan, req.params.number, req.body),
  );

  app.patch(
    '/api/v1/plans/:plan/tasks/:number',
    {
      config: { access: onPlan('plans.write') },
      schema: {
        errorCodes: ['task.not_found', 'task.unknown_agency', 'plan.not_draft', 'plan.stale_version'],
        tags,
        summary: 'Đặt hạn, cơ quan chủ trì, phối hợp / set deadline and agencies',
        params: taskParams,
        body: taskEditBody,
        response: { 200: taskEditOut, ...errorResponses },
      },
    },
    async (req) => editTask(ctx(req), req.params.plan, req.params.number, req.body),
  );

  app.get(
    '/api/v1/plans/:plan/working-group',
    {
      config: { access: onPlan('plans.read') },
      schema: {
        tags,
        summary: 'Thành viên tổ công tác phụ trách xã / working-group members',
        params: planParams,
        response: { 200: workingGroupOut, ...errorResponses },
      },
    },
    async (req) => workingGroup(ctx(req), req.params.plan),
  );

  app.post(
    '/api/v1/plans/:plan/working-group',
    {
      config: { access: onPlan('plans.write') },
      schema: {
        errorCodes: ['agency.unknown', 'plan.member_unit_outside', 'unit.not_found'],
        tags,
        summary: 'Phân công thành viên tổ công tác phụ trách xã / assign a working-group member to a commune',
        params: planParams,
        body: memberBody,
        response: { 200: workingGroupOut, ...errorResponses },
      },
    },
    async (req) => addWorkingGroupMember(ctx(req), req.params.plan, req.body),
  );

  app.delete(
    '/api/v1/plans/:plan/working-group/:memberId',
    {
      config: { access: onPlan('plans.write') },
      schema: {
        errorCodes: ['plan.member_not_found'],
        tags,
        summary: 'Bỏ một thành viên tổ công tác / remove a working-group member',
        params: planParams.extend({ memberId: z.string().min(1).max(60) }),
        response: { 200: workingGroupOut, ...errorResponses },
      },
    },
    async (req) => removeWorkingGroupMember(ctx(req), req.params.plan, req.params.memberId),
  );
}
