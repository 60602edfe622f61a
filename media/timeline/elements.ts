// The timeline's DOM around the canvas: toolbar, stage with its screen-reader options, footer,
// tooltip and live region, and what they say about an item, a month or a bucket of events.
// Article text is untrusted: it only ever reaches the DOM through textContent.
import { itemExtent } from '../../src/core/timeline';
import type { WindowItem } from '../../src/core/timelineWindow';
import { dateOf, type Formats } from './axis';
import { fill } from './filterBar';
import type { TimelineStrings } from './protocol';

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
