// What the view leaves out, as the footer note says it: "3 items outside the view, before March
// 2019". Pure: the counts come with the window (src/core/timelineWindow.ts).
import type { DaySpan } from '../../src/core/timelineView';
import type { TimelineWindow } from '../../src/core/timelineWindow';
import { dateOf, type Formats } from './axis';
import { fill } from './filterBar';
import type { TimelineStrings } from './protocol';

export function outsideText(window: TimelineWindow | null, view: DaySpan, strings: TimelineStrings, formats: Formats): string {
  if (!window) return '';
  const { before, after } = window;
  const parts: string[] = [];
  const count = (n: number) => formats.number.format(n);
  if (before > 0) parts.push(fill(before === 1 ? strings.outsideBeforeOne : strings.outsideBefore, count(before), edgeDate(view.start, formats)));
  if (after > 0) parts.push(fill(after === 1 ? strings.outsideAfterOne : strings.outsideAfter, count(after), edgeDate(view.end - 1, formats)));
  return parts.join(' · ');
}

/** The view's edge as a month when it lies on a month's edge (the first view does), else as a day. */
function edgeDate(day: number, formats: Formats): string {
  const date = dateOf(Math.floor(day));
  const onMonthEdge = Number.isInteger(day) && (date.getUTCDate() === 1 || dateOf(day + 1).getUTCDate() === 1);
  return (onMonthEdge ? formats.longMonthYear : formats.full).format(date);
}
