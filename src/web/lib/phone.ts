/**
 * "Is this a phone?" for the few layouts that change in script rather than CSS (the save bar, the
 * review filter): narrower than Mantine's `sm` breakpoint (48em, 768 px), read at first render so
 * the page does not jump.
 */
import { useMediaQuery } from '@mantine/hooks';

export const PHONE_QUERY = '(max-width: 47.99em)';

export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
}
