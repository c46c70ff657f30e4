/**
 * State of the data-entry form: the user's edits over the recorded values, the version each edit
 * must be saved against, and the engine re-run in the browser on every change (compileSet once,
 * evaluateCommune on the merged values) so each criterion's status is live.
 */
import { useCallback, useMemo, useState } from 'react';
import { compileSet, evaluateCommune } from '../../../domain/evaluation/engine';
import type { CommuneProfile } from '../../../domain/evaluation/evaluation.types';
import { countsAsEntered } from '../../../domain/evaluation/review-state';
import type { CriteriaSet, IndicatorValue, StoredValue, UnitEvaluation } from '../../api/types';

export interface Edit {
  value: IndicatorValue | null;
  /** What the user typed (numbers), kept so "71," is not rewritten while typing. */
  text?: string;
  /** A message when the input is not a valid value; the edit is then not saved. */
  error: string | null;
}

export function useEntry(setDoc: CriteriaSet | undefined, data: UnitEvaluation | undefined, asOf: string | undefined) {
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [versionOverride, setVersionOverride] = useState<Record<string, number>>({});

  const recorded = useMemo(() => new Map<string, StoredValue>((data?.recorded ?? []).map((r) => [r.indicatorCode, r])), [data]);
  const compiled = useMemo(() => (setDoc ? compileSet(setDoc) : undefined), [setDoc]);

  const merged = useMemo(() => {
    const v: Record<string, IndicatorValue | null> = {};
    // A returned value counts as not entered until it is entered again (the same rule as the server's).
    for (const r of recorded.values()) v[r.indicatorCode] = countsAsEntered(r.verification) ? r.value : null;
    for (const [code, e] of Object.entries(edits)) v[code] = e.error ? null : e.value;
    return v;
  }, [recorded, edits]);

  const live = useMemo(() => {
    if (!compiled || !data || !asOf) return undefined;
    // The commune's classification as the server evaluated it, back in the engine's shape (dimension → value codes).
    const profile: CommuneProfile = {
      classifications: Object.fromEntries(data.evaluation.profile.classifications.map((d) => [d.dimension, d.values.map((v) => v.code)])),
    };
    return evaluateCommune(compiled, profile, asOf, merged);
  }, [compiled, data, asOf, merged]);

  const changed = useMemo(
    // Re-entering a returned value (even unchanged, e.g. after adding evidence) submits it for review again.
    () =>
      Object.entries(edits).filter(
        ([code, e]) =>
          e.error !== null || e.value !== (recorded.get(code)?.value ?? null) || recorded.get(code)?.verification === 'returned',
      ),
    [edits, recorded],
  );
  const invalid = changed.filter(([, e]) => e.error !== null);

  const setEdit = useCallback((code: string, edit: Edit | null) => {
    setEdits((prev) => {
      const next = { ...prev };
      if (edit) next[code] = edit;
      else delete next[code];
      return next;
    });
  }, []);

  const expectedVersion = useCallback(
    (code: string) => {
      const override = versionOverride[code];
      if (override !== undefined) return override;
      const r = recorded.get(code);
      return r && r.asOf === asOf ? r.version : 0;
    },
    [versionOverride, recorded, asOf],
  );

  /** The request body of a save: changed values only, each with the version it was edited from. */
  const body = useCallback(() => {
    const values: Record<string, IndicatorValue | null> = {};
    const expectedVersions: Record<string, number> = {};
    for (const [code, e] of changed) {
      values[code] = e.value;
      expectedVersions[code] = expectedVersion(code);
    }
    return { values, expectedVersions };
  }, [changed, expectedVersion]);

  const reset = useCallback(() => {
    setEdits({});
    setVersionOverride({});
  }, []);

  const overrideVersion = useCallback((code: string, version: number) => setVersionOverride((p) => ({ ...p, [code]: version })), []);

  return { edits, recorded, merged, live, changed, invalid, setEdit, body, reset, overrideVersion };
}

export type EntryState = ReturnType<typeof useEntry>;
