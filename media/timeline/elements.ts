// The timeline's DOM around the canvas: toolbar, stage with its screen-reader options, footer,
// tooltip and live region, and what they say about an item, a month or a bucket of events.
// Article text is untrusted: it only ever reaches the DOM through textContent.
import { itemExtent } from '../../src/core/timeline';
import type { WindowItem } from '../../src/core/timelineWindow';
import { dateOf, type Formats } from './axis';
import { fill } from './filterBar';
import { TIMELINE_STRINGS, type TimelineStrings } from './protocol';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: HTMLElement): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  parent.append(node);
  return node;
}

export function iconButton(parent: HTMLElement, icon: string, label: string): HTMLButtonElement {
  const button = element('button', '', parent);
  button.type = 'button';
  button.title = label;
  button.setAttribute('aria-label', label);
  element('span', `codicon codicon-${icon}`, button);
  return button;
}

/** The words the extension put in the page (translated), else the English ones. */
export function readStrings(): TimelineStrings {
  try {
    const given = JSON.parse(document.body.dataset.strings ?? '{}') as Record<string, unknown>;
    const result: Record<string, string> = { ...TIMELINE_STRINGS };
    for (const key of Object.keys(result)) if (typeof given[key] === 'string') result[key] = given[key];
    return result as TimelineStrings;
  } catch {
    return { ...TIMELINE_STRINGS };
  }
}

/**
 * Builds the page: the toolbar (the filter controls `addFilter` makes, the legend, the count and
 * the zoom buttons), the stage with the canvas and its two screen-reader options, and the footer.
 */
export function createPage<F>(strings: TimelineStrings, addFilter: (toolbar: HTMLElement) => F) {
  const toolbar = element('div', 'toolbar', document.body);
  toolbar.setAttribute('role', 'toolbar');
  const filterBar = addFilter(toolbar);
  const legend = element('span', 'legend', toolbar);
  legend.setAttribute('aria-hidden', 'true');
  for (const [kind, text] of [['article', strings.articles], ['inferred', strings.inferred], ['event', strings.events]]) {
    const entry = element('span', '', legend);
    element('span', `swatch ${kind}`, entry);
    entry.append(text);
  }
  element('span', 'spacer', toolbar);
  const countLabel = element('span', 'count', toolbar);
  const zoomOutButton = iconButton(toolbar, 'zoom-out', strings.zoomOut);
  const zoomInButton = iconButton(toolbar, 'zoom-in', strings.zoomIn);
  const fitButton = iconButton(toolbar, 'screen-full', strings.fit);

  const stage = element('div', 'stage', document.body);
  stage.tabIndex = 0;
  stage.setAttribute('role', 'listbox');
  stage.setAttribute('aria-label', strings.listLabel);
  const canvas = element('canvas', '', stage);
  canvas.setAttribute('aria-hidden', 'true');
  // Two option elements take turns, so a screen reader hears every change of aria-activedescendant.
  const options = [0, 1].map((n) => {
    const option = element('div', 'visually-hidden', stage);
    option.id = `timeline-option-${n}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'true');
    return option;
  });
  const message = element('div', 'message', stage);
  message.textContent = strings.loading;

  const footer = element('div', 'footer', document.body);
  const details = element('div', 'details', footer);
  details.setAttribute('aria-hidden', 'true');
  // what the view leaves out; a click shows everything
  const outsideNote = element('button', 'outside', footer);
  outsideNote.type = 'button';
  outsideNote.hidden = true;
  outsideNote.title = strings.fit;
  const status = element('div', 'visually-hidden', document.body);
  status.setAttribute('aria-live', 'polite');
  return { filterBar, countLabel, zoomInButton, zoomOutButton, fitButton, stage, canvas, options, message, details, outsideNote, status };
}

/** The item's date as a person would write it, matching its precision. */
export function itemDate(item: WindowItem, formats: Formats): string {
  const { first, last } = itemExtent(item);
  if (item.end) return formats.full.formatRange(dateOf(first), dateOf(last));
  if (item.precision === 'year') return formats.year.format(dateOf(first));
  if (item.precision === 'month') return formats.longMonthYear.format(dateOf(first));
  return formats.full.format(dateOf(first));
}

/** What a screen reader hears for the focused item. */
export function describeItem(item: WindowItem, strings: TimelineStrings, formats: Formats): string {
  const kind = item.kind === 'article' ? strings.articles : strings.events;
  return `${itemDate(item, formats)} — ${item.label} (${kind}${item.inferred ? `, ${strings.inferred}` : ''})`;
}

/** The item's actors as the tooltip names them: five, and how many more. */
export function actorNames(item: WindowItem, names: ReadonlyMap<string, string>, strings: TimelineStrings): string {
  const known = item.actors.map((id) => names.get(id)).filter((name): name is string => name !== undefined);
  const shown = known.slice(0, 5).join(', ');
  const more = known.length - Math.min(5, known.length) + (item.moreActors ?? 0);
  return more > 0 ? `${shown} ${fill(strings.moreActors, more)}` : shown;
}

export interface Tooltip {
  showItem(item: WindowItem, x: number, y: number): void;
  /** a month bar or a bucket of events: its dates, its count, and that a click zooms in */
  showSpan(date: string, count: string, hint: string, x: number, y: number): void;
  hide(): void;
}

export function createTooltip(strings: TimelineStrings, formats: Formats, actorName: () => ReadonlyMap<string, string>): Tooltip {
  const tooltip = element('div', 'tooltip', document.body);
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;

  function place(x: number, y: number): void {
    tooltip.hidden = false;
    const box = tooltip.getBoundingClientRect();
    const left = Math.min(x + 12, window.innerWidth - box.width - 4);
    const top = y + 16 + box.height > window.innerHeight ? y - box.height - 10 : y + 16;
    tooltip.style.left = `${Math.max(4, left)}px`;
    tooltip.style.top = `${Math.max(4, top)}px`;
  }

  return {
    showItem(item, x, y) {
      tooltip.replaceChildren();
      element('div', 'date', tooltip).textContent = itemDate(item, formats);
      element('div', 'kind', tooltip).textContent = (item.kind === 'article' ? strings.articles : strings.events) + (item.inferred ? ` · ${strings.inferred}` : '');
      element('div', 'label', tooltip).textContent = item.label;
      // an article's summary often repeats its title: show only what it adds
      const repeatsLabel = item.detail.startsWith(item.label.replace(/…$/, ''));
      if (item.detail && !repeatsLabel) element('div', 'detail', tooltip).textContent = item.detail;
      const actors = actorNames(item, actorName(), strings);
      if (actors) element('div', 'actors', tooltip).textContent = actors;
      place(x, y);
    },
    showSpan(date, count, hint, x, y) {
      tooltip.replaceChildren();
      element('div', 'date', tooltip).textContent = date;
      element('div', 'label', tooltip).textContent = count;
      element('div', 'detail', tooltip).textContent = hint;
      place(x, y);
    },
    hide() {
      tooltip.hidden = true;
    },
  };
}
