/** Accounts of the units a district (or province) office manages. */
import { z } from 'zod';
import { createUser, listUsers, updateUser } from '../../../services/user.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { userOut } from '../auth/schema.js';

const userView = userOut.extend({
  role: z.string(),
  disabled: z.boolean(),
  demo: z.boolean(),
  criteriaSet: z.string().nullable().describe('bộ tiêu chí của các số tiêu chí / the set the criterion numbers refer to'),
});
const newUserBody = z.object({
  username: z.string().min(1).max(40),
  displayName: z.string().min(1).max(200),
  password: z.string().min(1).max(200),
  role: z.string().min(1).max(40),
  unitCode: z.string().max(50).nullable().optional(),
  criteria: z.array(z.number().int().positive()).max(30).optional(),
  criteriaSet: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('bộ tiêu chí của các số tiêu chí (phòng ban) / the set whose numbers `criteria` are (department)'),
});
const patchBody = z.object({
  disabled: z.boolean().optional(),
  displayName: z.string().min(1).max(200).optional(),
  password: z.string().min(1).max(200).optional(),
});

export function userRoutes({ app, ctx }: RouteDeps) {
  const access = scoped('users.manage', 'actor');
  app.get(
    '/api/v1/users',
    {
      config: { access },
      schema: {
        tags: ['users'],
        summary: 'Người dùng / users',
        response: { 200: z.object({ items: z.array(userView) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listUsers(ctx(req)) }),
  );
  app.post(
    '/api/v1/users',
    {
      config: { access },
      schema: {
        errorCodes: [
          'user.exists',
          'user.bad_username',
          'user.role_not_allowed',
          'user.unit_required',
          'unit.not_found',
          'auth.weak_password',
          'auth.password_control_characters',
          'auth.demo_password',
          'user.criteria_set_required',
          'user.criteria_not_in_set',
          'criteria_set.not_found',
        ],
        tags: ['users'],
        summary: 'Tạo người dùng / create a user',
        body: newUserBody,
        response: { 201: userView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createUser(ctx(req), req.body)),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      config: { access },
      schema: {
        errorCodes: [
          'user.not_found',
          'user.role_not_allowed',
          'user.unit_required',
          'unit.not_found',
          'auth.weak_password',
          'auth.password_control_characters',
          'auth.demo_password',
        ],
        tags: ['users'],
        summary: 'Sửa, khóa người dùng / update or disable a user',
        params: z.object({ id: z.string().max(60) }),
        body: patchBody,
        response: { 200: userView, ...errorResponses },
      },
    },
    async (req) => updateUser(ctx(req), req.params.id, req.body),
  );
}
