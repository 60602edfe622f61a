// An article's search terms read ahead of indexing, where it is analysed (an analysis worker), so
// the thread that keeps the index only adds the postings: tokenising, folding and stemming an
// article cost that thread about as much as the rest of taking the article in. They are kept for
// the article's sentences (the very array the analysis brought), with what they were read from,
// and taken when the index adds the article: if its title or names are no longer what they were
// read from (the names are found again when the entities file changed), they are dropped and the
// index reads the article itself. Terms of an article that is never indexed go with its sentences.

import type { SearchDocument } from './search';
import { FIELD_COUNT, type ReadFields } from './searchPostings';
import type { TermReader } from './searchTerms';
import type { Sentence } from './types';

/** What `readAhead` made: the fields as read, and what they were read from. */
export interface ReadAhead {
  stemming: boolean;
  title: string;
  actors: readonly string[];
  fields: ReadFields;
}

/** The fields of a document as the index reads them: title, body, actors. */
export function documentFields(doc: Pick<SearchDocument, 'title' | 'sentences' | 'actors'>): readonly (readonly string[])[] {
  return [[doc.title], doc.sentences.map((sentence) => sentence.text), doc.actors];
}

/** The document's fields read by `reader` (one like the index's), as plain data for another thread. */
export function readAhead(reader: TermReader, doc: Pick<SearchDocument, 'title' | 'sentences' | 'actors'>): ReadAhead {
  reader.trim();
  const fields: ReadFields = { lengths: [], termCounts: [], terms: '', frequencies: [] };
  const words: string[] = [];
  for (const texts of documentFields(doc)) {
    const { distinct, terms } = reader.countField(texts);
    fields.lengths.push(distinct);
    fields.termCounts.push(terms.length);
    for (const term of terms) {
      words.push(term.term);
      fields.frequencies.push(term.frequency);
    }
  }
  fields.terms = words.join(' ');
  return { stemming: reader.stemming, title: doc.title, actors: doc.actors, fields };
}

const kept = new WeakMap<readonly Sentence[], ReadAhead>();

/** Keeps terms read ahead for the article whose analysis has these sentences. */
export function keepReadAhead(sentences: readonly Sentence[], read: ReadAhead): void {
  kept.set(sentences, read);
}

/**
 * The fields read ahead for this document, if they were read from exactly its title and names by
 * a reader with this stemming; forgotten either way.
 */
export function takeReadAhead(doc: SearchDocument, stemming: boolean): ReadFields | undefined {
  const read = kept.get(doc.sentences);
  if (read === undefined) return undefined;
  kept.delete(doc.sentences);
  const { fields } = read;
  const sound = read.stemming === stemming && read.title === doc.title && sameStrings(read.actors, doc.actors) &&
    fields.lengths.length === FIELD_COUNT && fields.termCounts.length === FIELD_COUNT &&
    fields.termCounts.reduce((sum, count) => sum + count, 0) === fields.frequencies.length;
  return sound ? fields : undefined;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
