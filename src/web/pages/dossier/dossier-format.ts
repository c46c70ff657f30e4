/** Dates and rates as the dossier pages print them (dd/mm/yyyy; 66,6%). */
export const dmy = (iso: string | null | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '—');
export const pct = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${String(n).replace('.', ',')}%`);
export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
