// The timeline's filter controls: several actors (a button opening a searchable checkbox list) and
// a month range (two month inputs). Keyboard first: Enter or Down opens the list at its search box,
// Down and Up walk the boxes, Space ticks one, Escape closes; every change applies at once.
// Actor names come from the articles: they only ever reach the DOM through textContent.
import type { TimelineActor } from '../../src/core/timeline';
import type { TimelineStrings } from './protocol';

export interface FilterValue {
  actorIds: string[];
  from?: string;
  to?: string;
}

export interface FilterBar {
  /** Lists the actors (the model changed); `selected` stays ticked when still listed. */
  setActors(actors: readonly TimelineActor[], selected: readonly string[]): void;
  /** The months the inputs offer: the model's first and last ('YYYY-MM'). */
  setMonthBounds(first: string | undefined, last: string | undefined): void;
  /** Shows a filter without reporting it (a restored state or the extension's choice). */
  show(value: FilterValue): void;
}

type Format = (value: number) => string;

export function createFilterBar(
  toolbar: HTMLElement,
  strings: TimelineStrings,
  formatNumber: Format,
  onChange: (value: FilterValue) => void,
): FilterBar {
  const box = child('div', 'actor-filter', toolbar);
  const button = child('button', 'actor-button', box);
  button.type = 'button';
  button.id = 'actors';
  button.setAttribute('aria-haspopup', 'true');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'actor-panel');
  child('span', 'codicon codicon-person', button).setAttribute('aria-hidden', 'true');
  const summary = child('span', 'summary', button);
  child('span', 'codicon codicon-chevron-down', button).setAttribute('aria-hidden', 'true');

  const panel = child('div', 'actor-panel', box);
  panel.id = 'actor-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', strings.actors);
  const search = child('input', 'actor-search', panel);
  search.type = 'search';
  search.placeholder = strings.filterActors;
  search.setAttribute('aria-label', strings.filterActors);
  const list = child('div', 'actor-list', panel);
  const footer = child('div', 'actor-footer', panel);
  const listCount = child('span', 'actor-count', footer);
  const clearActors = child('button', 'clear-actors', footer);
  clearActors.type = 'button';
  clearActors.textContent = strings.allActors;

  const fromLabel = child('label', 'date-label', toolbar);
  fromLabel.textContent = strings.from;
  fromLabel.htmlFor = 'from';
  const fromInput = child('input', 'month', toolbar);
  fromInput.type = 'month';
  fromInput.id = 'from';
  const toLabel = child('label', 'date-label', toolbar);
  toLabel.textContent = strings.to;
  toLabel.htmlFor = 'to';
  const toInput = child('input', 'month', toolbar);
  toInput.type = 'month';
  toInput.id = 'to';
  const clearDates = child('button', 'clear-dates', toolbar);
  clearDates.type = 'button';
  clearDates.title = strings.clearDates;
  clearDates.setAttribute('aria-label', strings.clearDates);
  child('span', 'codicon codicon-close', clearDates);

  let actors: readonly TimelineActor[] = [];
  let selected: string[] = [];
  const names = new Map<string, string>();

  function value(): FilterValue {
    return { actorIds: [...selected], ...(fromInput.value ? { from: fromInput.value } : {}), ...(toInput.value ? { to: toInput.value } : {}) };
  }

  function showSummary(): void {
    const shown = selected.filter((id) => names.has(id));
    summary.textContent = shown.length === 0
      ? strings.allActors
      : shown.length === 1 ? names.get(shown[0])! : fill(strings.firstActorAndMore, names.get(shown[0])!, formatNumber(shown.length - 1));
    button.classList.toggle('active', shown.length > 0);
    clearDates.hidden = !fromInput.value && !toInput.value;
  }

  function fillList(): void {
    list.replaceChildren();
    const groups: [string, string][] = [['person', strings.people], ['organization', strings.organizations], ['place', strings.places]];
    for (const [type, label] of groups) {
      const members = actors.filter((actor) => actor.type === type);
      if (members.length === 0) continue;
      const heading = child('div', 'actor-group', list);
      heading.textContent = label;
      for (const actor of members) {
        const row = child('label', 'actor-option', list);
        const check = child('input', '', row);
        check.type = 'checkbox';
        check.value = actor.id;
        check.checked = selected.includes(actor.id);
        // the name and the number of articles that name it, as the tree counts them
        row.append(`${actor.name} (${formatNumber(actor.articles)})`);
      }
    }
    listCount.textContent = fill(strings.actorCount, formatNumber(actors.length));
    filterList();
  }

  function filterList(): void {
    const query = fold(search.value.trim());
    let heading: HTMLElement | null = null;
    let headingHasMatch = false;
    for (const node of Array.from(list.children) as HTMLElement[]) {
      if (node.classList.contains('actor-group')) {
        if (heading) heading.hidden = !headingHasMatch;
        heading = node;
        headingHasMatch = false;
        continue;
      }
      const match = query === '' || fold(node.textContent ?? '').includes(query);
      node.hidden = !match;
      if (match) headingHasMatch = true;
    }
    if (heading) heading.hidden = !headingHasMatch;
  }

  function boxes(): HTMLInputElement[] {
    return Array.from(list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).filter((check) => !check.parentElement!.hidden);
  }

  function open(): void {
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    // the last search stays, selected: typing starts a new one
    search.focus();
    search.select();
  }

  function close(focusButton: boolean): void {
    if (panel.hidden) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (focusButton) button.focus();
  }

  function changed(): void {
    showSummary();
    onChange(value());
  }

  button.addEventListener('click', () => (panel.hidden ? open() : close(true)));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && panel.hidden) {
      event.preventDefault();
      open();
    }
  });
  search.addEventListener('input', filterList);
  list.addEventListener('change', (event) => {
    const check = event.target as HTMLInputElement;
    selected = check.checked ? [...selected.filter((id) => id !== check.value), check.value] : selected.filter((id) => id !== check.value);
    changed();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const visible = boxes();
    if (visible.length === 0) return;
    event.preventDefault();
    const at = visible.indexOf(document.activeElement as HTMLInputElement);
    const next = event.key === 'ArrowDown' ? Math.min(visible.length - 1, at + 1) : at <= 0 ? -1 : at - 1;
    if (next < 0) search.focus();
    else visible[next].focus();
  });
  // Tabbing or clicking out of the list closes it (a click on a row's text moves focus to no element)
  box.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !box.contains(next)) close(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!box.contains(event.target as Node)) close(false);
  });
  clearActors.addEventListener('click', () => {
    selected = [];
    for (const check of list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) check.checked = false;
    changed();
  });
  for (const input of [fromInput, toInput]) input.addEventListener('change', changed);
  clearDates.addEventListener('click', () => {
    fromInput.value = '';
    toInput.value = '';
    changed();
    fromInput.focus();
  });

  return {
    setActors(given, keep) {
      actors = given;
      names.clear();
      for (const actor of given) names.set(actor.id, actor.name);
      selected = keep.filter((id) => names.has(id));
      fillList();
      showSummary();
    },
    setMonthBounds(first, last) {
      for (const input of [fromInput, toInput]) {
        input.min = first ?? '';
        input.max = last ?? '';
      }
    },
    show(shown) {
      selected = shown.actorIds.filter((id) => names.size === 0 || names.has(id));
      for (const check of list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) check.checked = selected.includes(check.value);
      fromInput.value = shown.from ?? '';
      toInput.value = shown.to ?? '';
      showSummary();
    },
  };
}

/** Fills {0}, {1}, … in a translated template. */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (values[+n] !== undefined ? String(values[+n]) : whole));
}

/** Lower case without accents, so "salame" finds "Salamé". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function child<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: HTMLElement): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  parent.append(node);
  return node;
}
