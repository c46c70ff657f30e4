/**
 * The review rule every evaluation shares (server and browser): a value the department returned
 * counts as not entered — so never met — until the commune enters it again. Kept here, in the
 * domain, so the board, the commune page, plans, documents and the entry page cannot disagree.
 */

/** self_assessed (by the commune) | verified (by the department) | returned (with a comment). */
export type Verification = 'self_assessed' | 'verified' | 'returned';

/** Whether a stored value with this review state is engine input. */
export const countsAsEntered = (verification: string | undefined) => verification !== 'returned';
