/** The first year the partners report on (the server refuses earlier ones). */
export const EERSTE_JAAR = 2018;

/** The current year in Dutch local time. */
export function ditJaar(nu = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(nu));
}

/** The years to choose from, newest first, as select options. */
export function jaarOpties(): { value: string; label: string }[] {
  const opties = [];
  for (let jaar = ditJaar(); jaar >= EERSTE_JAAR; jaar--) opties.push({ value: String(jaar), label: String(jaar) });
  return opties;
}
