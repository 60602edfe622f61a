// The shared vocabulary of Dossier's core. Pure data: no behaviour, no `vscode`, no Node APIs.
// Offsets are UTF-16 code-unit offsets into the article's decoded text (BOM removed, line endings
// kept as in the file), so an editor can open the file at exactly that position.

export type EntityType = 'person' | 'organization' | 'place';

/** 'YYYY-MM' */
export type Month = string;

export type MonthSource = 'header' | 'inferred' | null;

/** One sentence of an article, kept once even where a scraper repeated it. */
export interface Sentence {
  text: string;
  /** offset of the sentence's first character in the decoded file text */
  start: number;
  /** index of the paragraph it belongs to (paragraphs are separated by blank lines) */
  paragraph: number;
}

/** What one file becomes before anything corpus-wide is known. */
export interface ParsedArticle {
  /** workspace-relative path with '/' separators */
  path: string;
  /** month from the ` date YYYY-MM[-DD]` header line, if valid */
  headerMonth: Month | null;
  /** day from a ` date YYYY-MM-DD` header, if given */
  headerDay: string | null;
  /** offset where the article's own text starts (after the date header) */
  bodyStart: number;
  title: string;
  summary: string;
  /** unique sentences in reading order; repeated passages folded */
  sentences: Sentence[];
  /** how many sentences were dropped as repeats */
  repeatedSentences: number;
  /** non-fatal problems, e.g. an impossible header date */
  warnings: string[];
}

/** A file that could not be read as an article, with a reason a person understands. */
export interface Skipped {
  path: string;
  reason: string;
}

/** A place in an article where an entity is named. */
export interface Mention {
  path: string;
  start: number;
  end: number;
  /** the spelling as written */
  surface: string;
}

/** A role or function the text gives an entity, with where it came from. */
export interface Role {
  text: string;
  path: string;
  /** the sentence the role was read from */
  sentence: string;
  /** offset of the mention the role belongs to */
  start: number;
}

export interface Entity {
  id: string;
  /** preferred spelling */
  name: string;
  type: EntityType;
  /** one-line description from the knowledge base or the user's entities file */
  description?: string;
  /** every spelling seen in the corpus (and, for known entities, none that were not seen) */
  aliases: string[];
  /** paths of the articles that mention it, sorted */
  articles: string[];
  mentions: Mention[];
  roles: Role[];
  origin: 'knowledge-base' | 'user' | 'discovered';
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A dated event: a date expression in an article's text, resolved against the article's month. */
export interface DatedEvent {
  /** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' */
  date: string;
  /** end of a range ("van 14 tot 16 april"), same format as `date` */
  endDate?: string;
  precision: DatePrecision;
  /** the sentence that mentions it */
  text: string;
  /** the date expression as written */
  expression: string;
  path: string;
  /** offset of the expression in the file */
  start: number;
}

/** The article as the rest of Dossier sees it once the corpus is resolved. */
export interface ArticleView {
  path: string;
  month: Month | null;
  monthSource: MonthSource;
  title: string;
  summary: string;
  /** offset where the article's text starts (to open the file there) */
  bodyStart: number;
  /** entity ids, most mentioned first */
  entities: string[];
  warnings: string[];
}

export interface SearchHit {
  path: string;
  title: string;
  month: Month | null;
  snippet: string;
  /** offsets of the best match in the file, to select it when the article opens */
  matchStart: number;
  matchEnd: number;
  score: number;
}
