/** Money on the dashboard in triệu đồng with Vietnamese separators (1.234,5); rates as "12,3 %". */
import { formatMillion } from '../../../domain/funding/money';

export const million = (dong: number) => formatMillion(dong);

export const percent = (rate: number | null, none: string) =>
  rate === null ? none : `${(Math.round(rate * 1000) / 10).toFixed(1).replace('.', ',')} %`;
