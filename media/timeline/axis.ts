// The timeline's dates as a person reads them: the formats of the UI language and the ticks of
// the time axis for a view. No DOM: main.ts draws them.
const DAY_MS = 86_400_000;

export function makeFormats(locale: string) {
  const make = (options: Intl.DateTimeFormatOptions) => {
    try {
      return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    } catch {
      return new Intl.DateTimeFormat('en', { timeZone: 'UTC', ...options });
    }
  };
  return {
    year: make({ year: 'numeric' }),
    month: make({ month: 'short' }),
    monthYear: make({ month: 'short', year: 'numeric' }),
    longMonthYear: make({ month: 'long', year: 'numeric' }),
    dayMonth: make({ day: 'numeric', month: 'short' }),
    day: make({ day: 'numeric' }),
    full: make({ day: 'numeric', month: 'long', year: 'numeric' }),
    number: new Intl.NumberFormat(locale),
  };
}

export const dateOf = (day: number) => new Date(day * DAY_MS);

export type Formats = ReturnType<typeof makeFormats>;

export interface Tick {
  day: number;
  label: string;
  /** a year's or a month's first tick: drawn stronger */
  major: boolean;
}

type TickUnit = 'day' | 'month' | 'year';
const TICK_STEPS: { unit: TickUnit; step: number; days: number }[] = [
  { unit: 'day', step: 1, days: 1 },
  { unit: 'day', step: 2, days: 2 },
  { unit: 'day', step: 7, days: 7 },
  { unit: 'month', step: 1, days: 30.4 },
  { unit: 'month', step: 3, days: 91 },
  { unit: 'month', step: 6, days: 182 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((step) => ({ unit: 'year' as const, step, days: 365.25 * step })),
];

/**
 * Ticks for the visible span, coarser as the view widens: days, then months, then years.
 * @param scale pixels per day
 * @param minSpacing the fewest pixels between two ticks
 */
export function axisTicks(view: { start: number; end: number }, scale: number, minSpacing: number, formats: Formats): Tick[] {
  const { start, end } = view;
  const choice = TICK_STEPS.find((candidate) => candidate.days * scale >= minSpacing) ?? TICK_STEPS[TICK_STEPS.length - 1];
  const result: Tick[] = [];
  const startDate = dateOf(Math.floor(start));
  // the first tick in view names the month or year too, so the axis never lacks its context
  const firstInView = (day: number) => day >= start && !result.some((tick) => tick.day >= start);
  if (choice.unit === 'year') {
    for (let year = Math.floor(startDate.getUTCFullYear() / choice.step) * choice.step; ; year += choice.step) {
      const day = Date.UTC(year, 0, 1) / DAY_MS;
      if (day > end) break;
      result.push({ day, label: formats.year.format(dateOf(day)), major: true });
    }
  } else if (choice.unit === 'month') {
    let month = startDate.getUTCFullYear() * 12 + Math.floor(startDate.getUTCMonth() / choice.step) * choice.step;
    for (; ; month += choice.step) {
      const day = Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
      if (day > end) break;
      const january = month % 12 === 0;
      const label = january || firstInView(day) ? formats.monthYear.format(dateOf(day)) : formats.month.format(dateOf(day));
      result.push({ day, label, major: january });
    }
  } else {
    // weeks start on Monday (day 4 since the epoch was a Monday)
    const align = choice.step === 7 ? 4 : 0;
    for (let day = Math.floor((Math.floor(start) - align) / choice.step) * choice.step + align; day <= end; day += choice.step) {
      const date = dateOf(day);
      const monthStart = date.getUTCDate() === 1;
      const label = monthStart || firstInView(day) ? formats.dayMonth.format(date) : formats.day.format(date);
      result.push({ day, label, major: monthStart });
    }
  }
  return result;
}
