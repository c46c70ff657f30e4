/** Saving indicator values with the version each was edited from (409 → the conflict dialog). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { IndicatorValue } from './types';

export interface SaveValuesBody {
  set: string;
  asOf: string;
  values: Record<string, IndicatorValue | null>;
  expectedVersions: Record<string, number>;
  note?: string;
}

export function useSaveValues(unitCode: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveValuesBody) =>
      api<{ written: number }>(`/units/${encodeURIComponent(unitCode)}/values`, { method: 'PUT', body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['evaluation', unitCode] });
      void qc.invalidateQueries({ queryKey: ['board'] });
      void qc.invalidateQueries({ queryKey: ['value-history', unitCode] });
      void qc.invalidateQueries({ queryKey: ['audit', unitCode] });
    },
  });
}
