/**
 * Numbers and dates as the UI shows them: 17,9 / 1.250.000 and dd/mm/yyyy in Vietnamese (the domain
 * helpers), 17.9 in English; timestamps in Vietnam time (UTC+7), as the documents and the audit log read them. Values of every indicator kind as text.
 */

import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVi, formatDateVi, formatNumberVi } from '../../domain/text/vietnamese';
import type { IndicatorValue } from '../api/types';

/** Building an Intl.NumberFormat costs ~1 ms, and the board formats many numbers: keep the results. */
const cache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let s = cache.get(key);
  if (s === undefined) {
    if (cache.size > 5000) cache.clear();
    s = make();
    cache.set(key, s);
  }
  return s;
}

/** Formatters for the current language; the same object until the language changes. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return useMemo(() => makeFormat(t, en), [t, en]);
}

function makeFormat(t: TFunction, en: boolean) {
  const number = (n: number, digits = 2) =>
    cached(`${en ? 'en' : 'vi'}|${digits}|${n}`, () =>
      en ? new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(n) : formatNumberVi(n, digits),
    );
  const value = (v: IndicatorValue | null | undefined, unit?: string) => {
    if (v === undefined || v === null) return t('value.none');
    if (v === true) return t('value.yes');
    if (v === false) return t('value.no');
    if (v === 'not_applicable') return t('value.notApplicable');
    return unit ? `${number(v)} ${unit}` : number(v);
  };
  const bytes = (n: number) =>
    n < 1024 ? `${number(n)} B` : n < 1024 * 1024 ? `${number(n / 1024, 0)} KB` : `${number(n / 1024 / 1024, 1)} MB`;
  return { number, date: formatDateVi, dateTime: formatDateTimeVi, value, bytes };
}
