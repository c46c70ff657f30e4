/**
 * Saving the entry form: sends the changed values with their expected versions; on 409
 * (indicator_value.stale_version) opens the conflict dialog, then resends with the user's choice.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import type { CriteriaSet, StoredValue } from '../../api/types';
import { useSaveValues } from '../../api/values';
import type { Conflict } from './ConflictDialog';
import type { EntryState } from './use-entry';

export function useSaveFlow(unitCode: string, set: CriteriaSet | undefined, asOf: string | undefined, entry: EntryState) {
  const qc = useQueryClient();
  const save = useSaveValues(unitCode);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [note, setNote] = useState('');

  const send = (opts: { keep?: { code: string; version: number }; drop?: string } = {}) => {
    if (!set || !asOf) return;
    const { values, expectedVersions } = entry.body();
    if (opts.keep) expectedVersions[opts.keep.code] = opts.keep.version;
    if (opts.drop) {
      delete values[opts.drop];
      delete expectedVersions[opts.drop];
    }
    if (Object.keys(values).length === 0) return;
    setSaved(null);
    save.mutate(
      { set: set.code, asOf, values, expectedVersions, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (r) => {
          entry.reset();
          setNote('');
          setSaved(r.written);
        },
        onError: (err) => {
          if (!isApiError(err, 'indicator_value.stale_version')) return;
          void qc.invalidateQueries({ queryKey: ['evaluation', unitCode] });
          const current = err.details?.current as StoredValue | undefined;
          if (!current) return;
          const ind = set.criteria.flatMap((c) => c.indicators).find((i) => i.code === current.indicatorCode);
          setConflict({
            code: current.indicatorCode,
            name: ind?.name ?? current.indicatorCode,
            unit: ind?.unit,
            mine: values[current.indicatorCode] ?? null,
            current,
          });
        },
      },
    );
  };

  const keepMine = (c: Conflict) => {
    setConflict(null);
    entry.overrideVersion(c.code, c.current.version);
    send({ keep: { code: c.code, version: c.current.version } });
  };

  const takeTheirs = (c: Conflict) => {
    setConflict(null);
    entry.setEdit(c.code, null);
    entry.overrideVersion(c.code, c.current.version);
    send({ drop: c.code });
  };

  const handledConflict = isApiError(save.error, 'indicator_value.stale_version') && !!save.error.details?.current;
  return {
    save,
    send,
    conflict,
    keepMine,
    takeTheirs,
    closeConflict: () => setConflict(null),
    saved,
    clearSaved: () => setSaved(null),
    note,
    setNote,
    error: save.isError && !handledConflict ? save.error : null,
  };
}
