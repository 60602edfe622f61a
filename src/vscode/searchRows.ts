// What the search quick pick says besides its results: the count in its title, and rows for a
// query that finds nothing or cannot be read (with corrected queries to choose). No `vscode`
// import, so Node tests can check the wording; text from the query is shown inert, never as icons.
import type { SearchResults } from '../core/corpus';
import { withActorFilter } from '../core/searchQuery';
import type { Localize } from './entityCard';
import { iconLabelText } from './themeIcons';

/** A row that is not a result: a message, or (with `query`) a corrected query to search instead. */
export interface MessageRow {
  label: string;
  detail?: string;
  query?: string;
}

/** How much of the query a message quotes. */
const MAX_QUOTED = 60;

/** "12 articles", "1 article", "200 of 312 articles"; undefined before anything is searched. */
export function resultCount(results: SearchResults | undefined, t: Localize): string | undefined {
  if (!results || results.problems.length > 0) return undefined;
  const { hits, total } = results;
  if (hits.length < total) return t('{0} of {1} articles', hits.length, total);
  return total === 1 ? t('1 article') : t('{0} articles', total);
}

/** The rows shown instead of results: what was wrong with the query, or that nothing matches. */
export function messageRows(query: string, results: SearchResults, t: Localize): MessageRow[] {
  const rows: MessageRow[] = [];
  for (const problem of results.problems) {
    if (problem.kind === 'invalid-month') {
      rows.push({
        label: `$(warning) ${iconLabelText(t('month:{0} is not a month', quote(problem.value)))}`,
        detail: t('Months are written month:2020-02, month:2020, month:februari, month:feb-2020 or month:2020-02..2020-04.'),
      });
      continue;
    }
    const suggestions = problem.suggestions;
    rows.push({
      label: `$(warning) ${iconLabelText(t('No actor called "{0}"', quote(problem.value)))}`,
      detail: iconLabelText(suggestions.length > 0 ? t('Did you mean {0}?', suggestions.join(', ')) : t('The Dossier view lists the actors (group by actor).')),
    });
    for (const name of suggestions) {
      rows.push({ label: `$(person) ${iconLabelText(t('Search for actor:"{0}"', name))}`, query: withActorFilter(query, name) });
    }
  }
  if (rows.length === 0 && results.hits.length === 0 && query.trim() !== '') {
    rows.push({
      label: `$(search-stop) ${iconLabelText(t('No articles match "{0}"', quote(query.trim())))}`,
      detail: t('Try fewer words or another spelling; filters: actor:"Name", month:2020-02.'),
    });
  }
  return rows;
}

function quote(text: string): string {
  return text.length <= MAX_QUOTED ? text : `${text.slice(0, MAX_QUOTED - 1)}…`;
}
