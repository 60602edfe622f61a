// Month names in the user's language ("February 2020", "februari 2020") from 'YYYY-MM'.
import type { Month } from '../core/types';

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatMonth(month: Month, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(safeLocale(locale), { year: 'numeric', month: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

function safeLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  } catch {
    return 'en'; // a malformed tag such as "x_y" throws a RangeError
  }
}
