/**
 * The deadlines of the casus, as pure functions. Times are instants; working days and office hours are
 * reckoned in Dutch local time (Europe/Amsterdam).
 */
const HOUR = 3_600_000;

/** The police report to Veilig Thuis within 24 hours of the incident. */
export function zorgmeldingDeadline(incidentOp: Date): Date {
  return new Date(incidentOp.getTime() + 24 * HOUR);
}

/**
 * The Veilig Thuis safety assessment: at once when acutely unsafe (we give the same working day's end, at least
 * two hours), otherwise within 5 working days of receipt.
 */
export function veiligheidstaxatieDeadline(ontvangenOp: Date, acuut: boolean): Date {
  if (acuut) return new Date(ontvangenOp.getTime() + 2 * HOUR);
  return addWorkingDays(ontvangenOp, 5);
}

/**
 * The asked organisation answers a bevraging within 24 hours. Seed 001 sets no term; we take the clock of the
 * police report to Veilig Thuis (seed 002: within 24 hours), because the answer feeds the same early picture and
 * the Veilig Thuis safety assessment (5 working days, at once when acute) cannot wait for it. Hours, not working
 * days: the police work around the clock, and acute cases are aligned by phone (Samen op in Acuut), not by bevraging.
 */
export function bevragingDeadline(gesteldOp: Date): Date {
  return new Date(gesteldOp.getTime() + 24 * HOUR);
}

/**
 * After a positive answer Veilig Thuis aligns with police and OM the same day: seed 001 says the safety of children
 * and adult victims is then at stake. Four hours keeps it within the working day in which the answer came, like the
 * "at once" of an acute safety assessment, without pretending it must happen within minutes.
 */
export function afstemmingDeadline(beantwoordOp: Date): Date {
  return new Date(beantwoordOp.getTime() + 4 * HOUR);
}

/** Adds working days (Monday to Friday, not a Dutch public holiday), keeping the time of day. */
export function addWorkingDays(from: Date, days: number): Date {
  let result = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    result = new Date(result.getTime() + 24 * HOUR);
    if (isWorkingDay(result)) left--;
  }
  return result;
}

export function isWorkingDay(at: Date): boolean {
  const { year, month, day, weekday } = amsterdamDate(at);
  if (weekday === 0 || weekday === 6) return false;
  return !dutchPublicHolidays(year).has(`${month}-${day}`);
}

function amsterdamDate(at: Date): { year: number; month: number; day: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), weekday };
}

/** National holidays as "month-day": New Year, Easter Monday, King's Day, Liberation Day (lustrum years), Ascension, Whit Monday, Christmas. */
export function dutchPublicHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const shifted = (days: number) => {
    const d = new Date(Date.UTC(year, easter.month - 1, easter.day + days));
    return `${d.getUTCMonth() + 1}-${d.getUTCDate()}`;
  };
  // King's Day moves to the 26th when the 27th is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? '4-26' : '4-27';
  const days = ['1-1', shifted(1), kingsDay, shifted(39), shifted(50), '12-25', '12-26'];
  if (year % 5 === 0) days.push('5-5');
  return new Set(days);
}

/** Anonymous Gregorian computus. */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}
