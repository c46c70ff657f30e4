/** Request and response schemas of /api/v1/auth. */
import { z } from 'zod';
import { ROLES } from '../../../policies/policy.js';

export const loginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });
export const passwordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });

export const userOut = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  criteria: z.array(z.number()),
});
export const sessionOut = z.object({ user: userOut, csrfToken: z.string() });
