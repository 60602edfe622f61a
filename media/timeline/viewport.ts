// The visible span and how zoom, pan and focus move it. Pure: Node tests check the arithmetic.
import type { DaySpan } from '../../src/core/timelineView';

const DAY_MS = 86_400_000;
export const MIN_SPAN_DAYS = 3;
export const ZOOM_STEP = 1.6;

/** The span to show before anything is known. */
export function defaultView(): DaySpan {
  return { start: Date.UTC(2000, 0, 1) / DAY_MS, end: Date.UTC(2001, 0, 1) / DAY_MS };
}

/** The widest view: four times the model's range, at least four months. */
export function maxSpan(range: { start: string; end: string } | null): number {
  if (!range) return 3650;
  const span = (Date.parse(range.end) - Date.parse(range.start)) / DAY_MS;
  return Math.max(span * 4, 120);
}

/** Zooms by `factor` (< 1 zooms in) keeping the day at `anchor` (a share of the width) in place. */
export function zoomView(view: DaySpan, factor: number, anchor: number, widest: number): DaySpan {
  const span = view.end - view.start;
  const newSpan = Math.min(Math.max(span * factor, MIN_SPAN_DAYS), widest);
  const anchorDay = view.start + anchor * span;
  return { start: anchorDay - anchor * newSpan, end: anchorDay + (1 - anchor) * newSpan };
}

/** Moves the view by `pixels` of a canvas `width` pixels wide. */
export function panView(view: DaySpan, pixels: number, width: number): DaySpan {
  const days = (pixels / width) * (view.end - view.start);
  return { start: view.start + days, end: view.end + days };
}

/** The view moved (not zoomed) so that the days `first` to `last` lie inside its margins. */
export function revealInView(view: DaySpan, first: number, last: number): DaySpan {
  const start = first;
  const end = last + 1;
  const span = view.end - view.start;
  const margin = span * 0.08;
  if (start >= view.start + margin && end <= view.end - margin) return view;
  const middle = end - start < span ? (start + end) / 2 : start + span * 0.4;
  return { start: middle - span / 2, end: middle + span / 2 };
}

/** A view on the days `start` to `end` (exclusive) with a margin either side: a click on a month or a bucket. */
export function spanView(start: number, end: number): DaySpan {
  const margin = (end - start) * 0.15;
  return { start: start - margin, end: end + margin };
}

/** Converts days to pixels for one frame. */
export function dayToPixel(view: DaySpan, width: number): (day: number) => number {
  const scale = width / (view.end - view.start);
  return (day) => (day - view.start) * scale;
}

/**
 * Whether the window fetched for `fetched` (its view) still serves `view`: inside its span and
 * at about its zoom, so the lane's rows and the buckets' unit would be the same.
 */
export function windowServes(fetched: { view: DaySpan; span: DaySpan } | null, view: DaySpan): boolean {
  if (!fetched) return false;
  const ratio = (view.end - view.start) / (fetched.view.end - fetched.view.start);
  return view.start >= fetched.span.start && view.end <= fetched.span.end && ratio > 0.99 && ratio < 1.01;
}
