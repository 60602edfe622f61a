// The exports a journalist keeps beside the story: the actors (CSV and JSON) and the timeline of
// dated events and articles (CSV). Cells are escaped for spreadsheets: quoted where needed, and
// a cell that a spreadsheet would run as a formula (= + - @, or a tab or carriage return first)
// gets a leading apostrophe, so an article cannot plant a formula in the journalist's sheet.
import { entityIdentity, spellingCounts, type ProfileSource } from './entityProfile';
import type { ArticleView, DatedEvent, Entity } from './types';
import { compareStrings } from './sortedSearch';

/** One CSV cell: formula triggers neutralised, quoted when it holds a quote, comma, line break or edge space. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text (RFC 4180: CRLF line ends), a header row first. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface ExportedActor {
  id: string;
  name: string;
  type: Entity['type'];
  description?: string;
  origin: Entity['origin'];
  articles: number;
  mentions: number;
  months: number;
  spellings: { spelling: string; mentions: number }[];
  roles: { role: string; path: string; offset: number; sentence: string }[];
}

/** The actors in the snapshot's order (most articles first), with counts, spellings and roles. */
export function exportedActors(entities: readonly Entity[], source: Pick<ProfileSource, 'article'>): ExportedActor[] {
  return entities.map((entity) => {
    const months = new Set<string>();
    for (const path of entity.articles) {
      const month = source.article(path)?.month;
      if (month) months.add(month);
    }
    return {
      ...entityIdentity(entity),
      articles: entity.articles.length,
      mentions: entity.mentions.length,
      months: months.size,
      spellings: spellingCounts(entity.mentions).map(({ spelling, mentions }) => ({ spelling, mentions })),
      roles: entity.roles.map((role) => ({ role: role.text, path: role.path, offset: role.start, sentence: role.sentence })),
    };
  });
}

/** The actors as pretty-printed JSON, with the export's version, so a script can read it later. */
export function actorsJson(actors: readonly ExportedActor[]): string {
  return JSON.stringify({ format: 'dossier-actors', version: 1, actors }, null, 2) + '\n';
}

/** One row per actor; spellings and roles as lists in one cell each ("; " between them). */
export function actorsCsv(actors: readonly ExportedActor[]): string {
  const header = ['id', 'name', 'type', 'description', 'origin', 'articles', 'mentions', 'months', 'spellings', 'roles', 'role sources'];
  const rows = actors.map((actor) => [
    actor.id, actor.name, actor.type, actor.description, actor.origin, actor.articles, actor.mentions, actor.months,
    actor.spellings.map((s) => `${s.spelling} (${s.mentions})`).join('; '),
    actor.roles.map((role) => role.role).join('; '),
    actor.roles.map((role) => `${role.path}: ${role.sentence}`).join('; '),
  ]);
  return csvText(header, rows);
}

/** Dated events and articles in date order (an article by its month), undated articles last. */
export function timelineCsv(articles: readonly ArticleView[], events: readonly DatedEvent[]): string {
  const header = ['kind', 'date', 'end date', 'precision', 'month source', 'text', 'date as written', 'path', 'offset'];
  const rows: { date: string; row: (string | number | undefined)[] }[] = [
    ...events.map((event) => ({
      date: event.date,
      row: ['event', event.date, event.endDate, event.precision, undefined, event.text, event.expression, event.path, event.start],
    })),
    ...articles.map((article) => ({
      date: article.month ?? '\uffff',
      row: ['article', article.month ?? undefined, undefined, article.month ? 'month' : undefined, article.monthSource ?? undefined, article.title, undefined, article.path, article.bodyStart],
    })),
  ];
  // stable: events before the articles of the same date, each in the snapshot's order
  rows.sort((a, b) => compareStrings(a.date, b.date));
  return csvText(header, rows.map(({ row }) => row));
}
