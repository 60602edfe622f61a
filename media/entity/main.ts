// The entity page webview: one actor whole (roles with their source, spellings, mentions per
// month, the actors that appear with it, its articles) and the corrections as buttons. The data
// stays with the extension, which posts the actor again after every change. Text only ever
// reaches the DOM through textContent; every control is a button, so Tab reaches all of them.
import './entity.css';
import { element, iconButton } from '../timeline/elements';
import { fill } from '../timeline/filterBar';
import type { EntityProfile } from '../../src/core/entityProfile';
import { monthChart, networkPicture, type NetworkHandle } from './pictures';
import { parseEntityPageState, type CorrectionCommand, type EntityPageState, type EntityPageStrings, type ExtensionMessage, type WebviewMessage } from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: EntityPageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const strings = JSON.parse(document.body.dataset.strings ?? '{}') as EntityPageStrings;
const language = document.documentElement.lang || navigator.language;
const numbers = new Intl.NumberFormat(language);
const monthNames = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatMonth = (month: string) => monthNames.format(new Date(`${month}-01T00:00:00Z`));
const count = (n: number) => numbers.format(n);
/** "1 article", "12 articles": the page's strings come in both forms where a count can be 1 */
const counted = (n: number, one: string, many: string) => (n === 1 ? one : fill(many, count(n)));
let state = parseEntityPageState(vscode.getState());

const root = element('main', 'entity-page', document.body);
const status = element('p', 'status', root);
status.setAttribute('role', 'status');
status.textContent = strings.loading;

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const message = event.data;
  if (message.type === 'profile') render(message.profile);
  else if (message.type === 'missing') {
    root.replaceChildren(status);
    status.textContent = fill(strings.missing, message.name);
  }
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => save({ ...state, scrollTop: Math.round(window.scrollY) }), 150);
});

function save(next: EntityPageState): void {
  state = next;
  vscode.setState(state);
}

function render(profile: EntityProfile): void {
  const sameActor = state.entityId === profile.id;
  const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  root.replaceChildren();
  header(profile);
  roles(profile);
  spellings(profile);
  months(profile);
  coActors(profile);
  articles(profile);
  document.title = profile.name;
  // a re-render after a change keeps the place the user was at; another actor starts at the top
  window.scrollTo(0, sameActor ? state.scrollTop ?? 0 : 0);
  if (sameActor && focusedKey) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
  save({ entityId: profile.id, scrollTop: sameActor ? state.scrollTop : 0 });
}

/** A button that keeps its focus across re-renders (by `key`). */
function button(parent: HTMLElement, className: string, text: string, key: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, parent);
  node.type = 'button';
  node.textContent = text;
  node.dataset.key = key;
  node.addEventListener('click', onClick);
  return node;
}

function section(title: string, id: string): HTMLElement {
  const node = element('section', id, root);
  const heading = element('h2', '', node);
  heading.id = `${id}-heading`;
  heading.textContent = title;
  node.setAttribute('aria-labelledby', heading.id);
  return node;
}

function correct(command: CorrectionCommand, profile: EntityProfile, spelling?: string): void {
  vscode.postMessage(spelling === undefined ? { type: 'correct', command, entityId: profile.id } : { type: 'correct', command, entityId: profile.id, spelling });
}

function open(path: string, offset: number, end: number): void {
  vscode.postMessage({ type: 'open', path, offset, end });
}

function header(profile: EntityProfile): void {
  const head = element('header', 'head', root);
  const title = element('h1', '', head);
  title.textContent = profile.name;
  const meta = element('p', 'meta', head);
  meta.textContent = [strings[profile.type], counted(profile.articleCount, strings.oneArticle, strings.articleCount), counted(profile.mentionCount, strings.oneMention, strings.mentionCount)].join(' · ');
  if (profile.description) element('p', 'description', head).textContent = profile.description;
  const actions = element('div', 'actions', head);
  actions.setAttribute('role', 'toolbar');
  actions.setAttribute('aria-label', profile.name);
  const timeline = iconButton(actions, 'timeline-view-icon', strings.showOnTimeline);
  timeline.append(strings.showOnTimeline);
  timeline.dataset.key = 'timeline';
  timeline.addEventListener('click', () => vscode.postMessage({ type: 'timeline', entityId: profile.id }));
  const corrections: [CorrectionCommand, string, string][] = [
    ['dossier.mergeEntity', 'merge', strings.merge],
    ['dossier.renameEntity', 'edit', strings.rename],
    ['dossier.changeEntityType', 'symbol-enum', strings.changeType],
    ['dossier.ignoreEntity', 'eye-closed', strings.ignore],
  ];
  for (const [command, icon, label] of corrections) {
    const node = iconButton(actions, icon, label);
    node.append(label);
    node.dataset.key = command;
    node.addEventListener('click', () => correct(command, profile));
  }
}

function roles(profile: EntityProfile): void {
  const node = section(strings.roles, 'roles');
  if (profile.roles.length === 0) {
    element('p', 'empty', node).textContent = strings.noRoles;
    return;
  }
  const list = element('ul', 'role-list', node);
  profile.roles.forEach((role, n) => {
    const item = element('li', '', list);
    const link = button(item, 'link', role.text, `role:${n}`, () => open(role.path, role.start, role.end));
    if (role.count > 1) element('span', 'count', item).textContent = fill(strings.roleCount, count(role.count));
    const source = element('blockquote', 'source', item);
    source.textContent = role.sentence;
    link.title = role.sentence;
  });
}

function spellings(profile: EntityProfile): void {
  const node = section(strings.spellings, 'spellings');
  const table = element('table', 'spelling-table', node);
  const head = element('tr', '', element('thead', '', table));
  for (const text of [strings.spelling, strings.mentions, strings.articles, '']) element('th', '', head).textContent = text;
  const body = element('tbody', '', table);
  for (const spelling of profile.spellings) {
    const row = element('tr', '', body);
    element('td', 'spelling', row).textContent = spelling.spelling;
    element('td', 'number', row).textContent = count(spelling.mentions);
    element('td', 'number', row).textContent = count(spelling.articles);
    const cell = element('td', '', row);
    // splitting the only spelling off would leave nothing behind
    if (profile.spellings.length > 1) {
      const split = button(cell, 'secondary', strings.split, `split:${spelling.spelling}`, () => correct('dossier.splitSpelling', profile, spelling.spelling));
      split.setAttribute('aria-label', fill(strings.splitLabel, spelling.spelling));
    }
  }
}

function months(profile: EntityProfile): void {
  const node = section(strings.months, 'months');
  if (profile.months.length === 0) element('p', 'empty', node).textContent = strings.noMonths;
  else {
    const peak = profile.months.reduce((a, b) => (b.mentions > a.mentions ? b : a));
    const label = fill(strings.monthsLabel, formatMonth(profile.months[0].month), formatMonth(profile.months[profile.months.length - 1].month), formatMonth(peak.month), count(peak.mentions));
    monthChart(element('div', 'chart', node), profile.months, label, (month) => fill(strings.monthBar, formatMonth(month.month), count(month.mentions), count(month.articles)), formatMonth);
  }
  if (profile.undatedMentions > 0) element('p', 'note', node).textContent = counted(profile.undatedMentions, strings.undatedMention, strings.undatedMentions);
}

function coActors(profile: EntityProfile): void {
  const node = section(strings.coActors, 'co-actors');
  if (profile.coActors.length === 0) {
    element('p', 'empty', node).textContent = strings.noCoActors;
    return;
  }
  const show = (entityId: string) => vscode.postMessage({ type: 'showEntity', entityId });
  const row = element('div', 'network-row', node);
  const network = element('div', 'network', row);
  const picture: NetworkHandle = networkPicture(network, profile, strings.networkLabel, show);
  const legend = element('p', 'legend', network);
  legend.setAttribute('aria-hidden', 'true');
  for (const type of ['person', 'organization', 'place'] as const) {
    const entry = element('span', '', legend);
    element('span', `swatch ${type}`, entry);
    entry.append(strings[type]);
  }
  // the list is the keyboard's (and a screen reader's) way to the same actors
  const list = element('ol', 'co-actor-list', row);
  for (const actor of profile.coActors) {
    const item = element('li', actor.type, list);
    const link = button(item, 'link', actor.name, `actor:${actor.id}`, () => show(actor.id));
    element('span', 'count', item).textContent = counted(actor.articles, strings.coActorArticle, strings.coActorArticles);
    for (const [event, on] of [['mouseenter', true], ['mouseleave', false], ['focus', true], ['blur', false]] as const) link.addEventListener(event, () => picture.highlight(on ? actor.id : null));
  }
  if (profile.coActorTotal > profile.coActors.length) element('p', 'note', node).textContent = fill(strings.coActorsMore, count(profile.coActorTotal - profile.coActors.length));
}

function articles(profile: EntityProfile): void {
  const node = section(strings.articleList, 'articles');
  const list = element('ul', 'article-list', node);
  for (const article of profile.articles) {
    const item = element('li', '', list);
    button(item, 'link', article.title, `article:${article.path}`, () => open(article.path, article.start, article.end));
    const month = article.month ? formatMonth(article.month) + (article.monthSource === 'inferred' ? ` (${strings.inferred})` : '') : strings.undated;
    element('span', 'count', item).textContent = `${month} · ${counted(article.mentions, strings.oneMention, strings.mentionCount)}`;
  }
  if (profile.articleCount > profile.articles.length) element('p', 'note', node).textContent = fill(strings.moreArticles, count(profile.articleCount - profile.articles.length));
}

vscode.postMessage({ type: 'ready' });
