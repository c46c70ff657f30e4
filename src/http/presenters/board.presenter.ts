/** The board as the API sends it: the set reduced to its criteria's numbers and names. */
import type { z } from 'zod';
import type { Board } from '../../services/board.service.js';
import type { boardOut } from '../routes/evaluations/schema.js';

export const presentBoard = (b: Board & { demoValues: boolean }): z.infer<typeof boardOut> => ({
  ...b,
  set: {
    code: b.set.code,
    name: b.set.name,
    demo: b.set.demo === true,
    criteria: b.set.criteria.map((c) => ({ number: c.number, name: c.name })),
  },
});
