// Per-article entity extraction: pure and cacheable per file. Finds the known spellings (knowledge
// base, user entries) and discovers names no list holds: capitalised word sequences with name
// particles, acronyms, and the roles the text gives them ("VN-gezant voor Libië, Ghassan Salame").
// Nothing here is corpus-wide: the resolver decides what the candidates are, using all articles.

import { wordParts, type AliasMatch, type AliasMatcher, type WordPart } from './aliasMatcher';
import { isOrdinaryDutchWord } from './dutchWords';
import { ownCopy, visibleText } from './text';
import type { EntityType, ParsedArticle, Role } from './types';

export type TypeCues = Record<EntityType, number>;

export interface CandidateMention {
  /** the spelling as written, without invisible characters (for a compound such as "GNA-regering" only the name part, "GNA") */
  surface: string;
  start: number;
  end: number;
  /** index into the article's sentences */
  sentence: number;
  /** the entity a known spelling (knowledge base, user file) names */
  knownId?: string;
  /** first word of a sentence, heading or quotation: the capital proves nothing */
  initial: boolean;
  /** all capitals ("LNA", "G7") */
  acronym: boolean;
  /** evidence for each type from the words around it */
  cues: TypeCues;
}

/** A role or function found next to a mention; `mention` indexes the article's mentions. */
export interface CandidateRole extends Role {
  mention: number;
}

/**
 * Two spellings the text says are one entity: an acronym next to its full name ("Libische Nationale
 * Leger (LNA)"), or a name "beter bekend als" another.
 */
export interface AliasLink {
  alias: string;
  name: string;
}

export interface ArticleCandidates {
  path: string;
  mentions: CandidateMention[];
  roles: CandidateRole[];
  aliasLinks: AliasLink[];
}

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
  /** the sentence's word parts: this word's are `partCount` of them from `firstPart` */
  parts: readonly WordPart[];
  firstPart: number;
  partCount: number;
  /** text between the previous word (or sentence start) and this one */
  gap: string;
  /** the gap is whitespace only */
  spaced: boolean;
  capital: boolean;
  /** index of the known match covering this word */
  known: number;
  facts: WordFacts;
}

// ---------------------------------------------------------------------------------------------
// Word lists (folded). Dutch news first, with the English words that appear in quoted names.

/** Capitalised words that begin sentences or headings and are not names. */
const STOP_CAPITALS = new Set(
  ('de het een die dat deze dit die daar hier er en of maar want dus toch ook nog wel niet geen al alle beide veel enkele ' +
    'sommige andere elke ieder iedere zo nu dan toen als omdat terwijl hoewel zodat tot sinds tijdens na voor na vanaf ' +
    'met zonder door over onder boven achter tussen binnen buiten rond rondom tegen naar uit van in op bij om aan ' +
    'volgens aldus vanuit namens ondanks dankzij wegens inmiddels momenteel intussen ondertussen eerst daarna daarom ' +
    'toen later vorige volgende afgelopen komende vandaag gisteren morgen hij zij ze wij we ik je jij u men wie wat waar ' +
    'waarom hoe wanneer welke welk zijn haar hun ons onze mijn jouw uw het lees zie meer ook bovendien verder vooral ' +
    'ja nee oh mevrouw meneer heer dames heren the a an of and in on at to for by with from this that it he she they we ' +
    'zodra nadat zelfs pas zowel noch ofwel mits tenzij indien totdat net juist echter immers eens vaak soms nooit ooit ' +
    'thans straks bijna ruim circa zeker even steeds weer daarin daarop daarmee daarna daarbij hierin hierop waarin ' +
    'januari februari maart april mei juni juli augustus september oktober november december ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    'maandagavond dinsdagavond woensdagavond donderdagavond vrijdagavond zaterdagavond zondagavond ' +
    'maandagochtend dinsdagochtend woensdagochtend donderdagochtend vrijdagochtend zaterdagochtend zondagochtend ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march june july august october ' +
    'foto video update live breaking duizenden honderden tientallen miljoenen talloze vele tal ' +
    'dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend twee drie vier vijf zes zeven acht negen tien').split(' '),
);

/** Lower-case words inside names: "Ursula von der Leyen", "Hoge Raad van State", "Mohammed bin Salman". */
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'te', 'ter', 'ten', 'von', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'di', 'le', 'la', 'bin', 'ibn', 'ben', 'bint', 'abu', 'al', 'el', 'y', 'of']);

/** Capitalised prefixes of compounds that are not names: "Oud-minister", "Ex-president", "Anti-NAVO". */
const WORD_PREFIXES = new Set(['oud', 'ex', 'vice', 'anti', 'pro', 'niet', 'mede', 'co', 'super', 'mega', 'top', 'zuid', 'noord', 'oost', 'west', 'midden']);

/** Joining words inside an organisation's name: "Partij voor de Vrijheid", "Forum voor Democratie". */
const ORGANIZATION_LINKS = new Set(['voor', 'tegen', 'en', 'for']);

/** Arabic article written lower-case and joined: "al-Khadafi", "am-Saaraj", "el-Sisi", "ash-Shara". */
export const ARABIC_ARTICLE = /^(?:al|el|am|as|ad|ar|at|an|az|ash|ul|ud|ed|es|ez|en|er)[-‐'’]/i;

/** Acronyms that end an organisation's name rather than start a new one: "al-Ahrar TV", "Philips NV". */
const NAME_FINAL_ACRONYMS = new Set(['tv', 'fm', 'mc', 'umc', 'nv', 'bv', 'ag', 'sa', 'plc', 'fc', 'ac', 'sc', 'cv', 'inc', 'ltd', 'llc']);

/** Titles and functions of people. A word is a role when it is one, ends in one after a hyphen ("VN-gezant"), or (6+ letters) ends in one ("partijvoorzitter"). */
const ROLE_WORDS = new Set(
  ('premier president minister staatssecretaris kanselier bondskanselier maarschalk veldmaarschalk generaal kolonel majoor ' +
    'luitenant kapitein commandant bevelhebber krijgsheer dictator leider gezant afgezant ambassadeur diplomaat woordvoerder ' +
    'woordvoerster secretaris voorzitter hoofd directeur topman topvrouw baas ceo cfo oprichter eigenaar koning koningin ' +
    'prins prinses kroonprins paus emir sjeik sultan ayatollah imam burgemeester gouverneur wethouder senator kamerlid ' +
    'europarlementarier fractievoorzitter fractieleider lijsttrekker partijleider trainer coach bondscoach aanvoerder spits ' +
    'doelman keeper verdediger middenvelder aanvaller speler wielrenner schaatser atleet hoogleraar professor onderzoeker ' +
    'wetenschapper rechter advocaat aanklager procureur officier journalist correspondent commissaris eurocommissaris ' +
    'vicepremier onderminister ombudsman rapporteur functionaris bisschop kardinaal rabbijn activist kandidaat ' +
    'presidentskandidaat oprichtster directrice bestuurder bestuursvoorzitter manager minister-president vicepresident ' +
    'zanger zangeres schrijver schrijfster acteur actrice kunstenaar arts chirurg viroloog epidemioloog econoom ' +
    'analist expert chef opperbevelhebber legerleider rebellenleider militieleider krijgsheer premier-elect president-elect ' +
    'chairman spokesman spokeswoman minister-presidente burgemeesteres agent inspecteur activiste journaliste voorzitster ' +
    'deskundige politica kandidate ambassadrice presidente emir sjeika eurocommissaris').split(' '),
);

/** Words that name an organisation when they are part of a name ("Hoge Raad van State", "Libische Nationale Leger"). */
const ORGANIZATION_HEADS = new Set(
  ('observatorium raad leger partij bank unie liga commissie kamer ministerie hof rechtbank parlement regering front beweging alliantie ' +
    'garde strijdkrachten naties republiek federatie macht brigade brigades militie bataljon organisatie agentschap instituut ' +
    'universiteit ziekenhuis omroep tv krant fonds groep concern bedrijf maatschappij vereniging stichting bond club fc ac sc nv bv mc umc ' +
    'senaat congres council army party union ministry agency court tribunal gerechtshof politie marine luchtmacht krijgsmacht ' +
    'kabinet coalitie missie delegatie dienst inspectie autoriteit accord government company corporation group bureau ' +
    'airlines airways holding telecom energy school academie college hogeschool museum orkest vakbond federation league ' +
    'network news times post journal nieuws televisie radio staatsbedrijf staatsoliemaatschappij oliemaatschappij').split(' '),
);

/** Words before a name that place it: "in Tripoli", "de stad Ghadames", "luchthaven Mitiga". */
const PLACE_PREPOSITIONS = new Set(['in', 'naar', 'uit', 'vanuit', 'nabij', 'richting', 'rond', 'rondom', 'buiten', 'langs']);
const PLACE_NOUNS = new Set(
  ('stad hoofdstad havenstad havenplaats kustplaats kuststad grensstad dorp provincie regio gemeente deelstaat eiland ' +
    'luchthaven vliegveld haven wijk plaats gebied oase woestijn rivier berg vallei district departement staat').split(' '),
);
/** First words of place names: "New Mexico", "Port Sudan", "Santa Catarina", "Ras Lanuf", "Wadi Rum". */
const PLACE_NAME_STARTS = new Set(['new', 'north', 'south', 'east', 'west', 'port', 'fort', 'san', 'santa', 'sao', 'sint', 'saint', 'mount', 'lake', 'cape', 'kaap', 'ras', 'bir', 'wadi', 'qasr', 'jebel', 'djebel', 'bandar']);
/** Last words of the names of structures and sites: "Johan Cruijff ArenA", "Berlijnse Muur", "Avenida Paulista"; as a compound's tail ("Maeslantkering") when 5+ letters. */
const PLACE_HEADS = new Set(
  ('stadion arena campus plein straat laan gracht kade weg dijk brug haven park square street avenue avenida boulevard ' +
    'airport muur kanaal rivier zee baai gebergte vallei woestijn eiland eilanden kering').split(' '),
);
/** Last words of the names of prizes, contests, elections and wars, which are no entities: "Nobelprijs", "Grote Prijs", "Eurovisie Songfestival", "Statenverkiezingen"; compounds' tails when 5+ letters. */
const EVENT_HEADS = new Set(
  ('prijs songfestival festival kampioenschap kampioenschappen verkiezing verkiezingen wereldoorlog oorlog spelen ' +
    'marathon toernooi').split(' '),
);
/** Verbs of saying next to a name mark a person: "zei Khaled al-Mishri", "aldus Guterres". */
const SPEECH_VERBS = new Set(['zei', 'zegt', 'aldus', 'verklaarde', 'verklaart', 'schreef', 'schrijft', 'vertelde', 'vertelt', 'benadrukte', 'waarschuwde', 'stelde', 'stelt', 'twitterde', 'tweette', 'reageerde']);

/** Nationality and similar adjectives are cues, not names: "Russische", "Turkse", "Europees". */
const ADJECTIVE_STEMS = new Set(
  ('turks russisch libisch egyptisch amerikaans europees europese frans duits brits engels nederlands belgisch italiaans ' +
    'spaans portugees portugese grieks pools oekraiens chinees chinese japans indiaas iraans iraaks syrisch israelisch ' +
    'palestijns arabisch saudisch qatarees qatarese marokkaans tunesisch algerijns soedanees soedanese afrikaans aziatisch ' +
    'internationaal internationale nationaal nationale koerdisch islamitisch joods christelijk westers oosters zwitsers ' +
    'oostenrijks zweeds noors deens fins iers schots hongaars tsjechisch roemeens bulgaars servisch kroatisch canadees ' +
    'canadese mexicaans braziliaans argentijns australisch koreaans vietnamees vietnamese indonesisch pakistaans afghaans ' +
    'georgisch armeens jemenitisch libanees libanese jordaans koeweits emiraats ethiopisch somalisch keniaans nigeriaans ' +
    'noord-afrikaans zuid-afrikaans oost-europees oost-europese west-europees west-europese wit-russisch vlaams waals ' +
    'fries limburgs brabants amsterdams rotterdams haags sjiitisch soennitisch').split(' '),
);

/** Plural nationality nouns: "de Russen", "de Turken"; also "-ezen" ("Libanezen", "Congolezen"). */
const DEMONYMS = new Set(
  ('russen turken amerikanen europeanen afrikanen arabieren koerden palestijnen israeliers libiers egyptenaren syriers ' +
    'irakezen iraniers afghanen chinezen japanners duitsers fransen britten engelsen italianen spanjaarden grieken ' +
    'nederlanders belgen oekrainers vlamingen walen marokkanen tunesiers algerijnen soedanezen jemenieten saoedis ' +
    'indiers pakistanen amerikaan rus turk europeaan belg nederlander fransman duitser brit italiaan spanjaard ' +
    'oekrainer israelier palestijn egyptenaar libier syrier iranier afghaan japanner marokkaan').split(' '),
);

/** The phrase after these names a portfolio, not an entity: "minister van Buitenlandse Zaken". */
const PORTFOLIO_HEADS = new Set(['minister', 'ministerie', 'staatssecretaris', 'departement', 'ministers']);

const POSSESSIVES = new Set(['zijn', 'haar', 'hun', 'onze', 'ons', 'his', 'her', 'their']);
/** Words of ministers' portfolios: "Buitenlandse Zaken", "Volksgezondheid, Welzijn en Sport". */
const PORTFOLIO_WORDS = new Set(
  ('zaken buitenlandse binnenlandse economische sociale algemene defensie financien justitie veiligheid volksgezondheid ' +
    'welzijn sport onderwijs cultuur wetenschap economie klimaat energie groene groei landbouw natuur visserij voedselkwaliteit ' +
    'infrastructuur waterstaat werkgelegenheid handel ontwikkelingssamenwerking asiel migratie koninkrijksrelaties ' +
    'volkshuisvesting ruimtelijke ordening binnenland buitenland olie interieur verkeer milieu toerisme armoedebeleid ' +
    'participatie integratie jeugd preventie medische zorg digitalisering hoger beroepsonderwijs primair voortgezet').split(' '),
);
const ARTICLES = new Set(['de', 'het', 'een', "'t", 'the', 'a', 'an']);
/** Words that may stand between a role and its complement: "gezant voor Libië", "hoofd van de Hoge Raad". */
const ROLE_LINKS = new Set(['van', 'voor', 'bij', 'in', 'uit', 'namens', 'op', 'of', 'for']);
const ROLE_MODIFIERS = new Set(['voormalig', 'huidig', 'interim', 'waarnemend', 'nieuw', 'toenmalig', 'ex', 'oud']);
const ROLE_MODIFIER_EXCEPTIONS = new Set(['de', 'die', 'deze', 'onze', 'mijne', 'hare', 'welke', 'elke', 'iedere', 'ze', 'we', 'je', 'me', 'te']);

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const WHITESPACE_GAP = /^\s+$/;
/** Quotes may surround a title: "de zelfbenoemde ‘maarschalk’ Khalifa Haftar". */
const QUOTED_GAP = /^[\s'"‘’“”«»]+$/;
/** Gaps that begin a new sentence-like unit: a quotation, a colon, a dash. */
const INITIAL_GAP = /(?:[:;'"‘“«„—–]|\s-)$/;
/** What follows a dateline's place: " (ANP) -", " - ". */
const DATELINE_GAP = /^\s+[(\-–—]/;
const MAX_NAME_WORDS = 6;
const MIN_ORDINARY_START = 6;
const MAX_ROLE_WORDS = 12;

/** Longer "words" are no titles or names (base64, hostile text); suffix scans stay linear. */
const MAX_COMPOUND_LENGTH = 40;

/**
 * Whether a folded word is one of `words` or a compound ending in one ("VN-gezant",
 * "oppositieleider"); `minTail` keeps short accidental endings out.
 */
function endsWithWordFrom(folded: string, words: ReadonlySet<string>, minTail: number): boolean {
  if (words.has(folded)) return true;
  if (folded.length > MAX_COMPOUND_LENGTH) return false;
  const hyphen = folded.lastIndexOf('-');
  if (hyphen > 0 && words.has(folded.slice(hyphen + 1))) return true;
  for (let cut = 3; cut <= folded.length - minTail; cut++) {
    if (words.has(folded.slice(cut))) return true;
  }
  return false;
}

/** "Russische", "Turks", "Noord-Afrikaanse", "Libisch": adjectives of nationality, region or creed. */
function nationalityAdjective(folded: string): boolean {
  if (ADJECTIVE_STEMS.has(folded)) return true;
  // "Noord-Ierse", "Zuid-Koreaanse": the last part decides.
  const hyphen = folded.lastIndexOf('-');
  if (hyphen > 0 && hyphen < folded.length - 1) return nationalityAdjective(folded.slice(hyphen + 1));
  if (folded.endsWith('e') && ADJECTIVE_STEMS.has(folded.slice(0, -1))) return true;
  return folded.length >= 6 && /(?:isch|ische|sche|aans|aanse|iaanse)$/.test(folded);
}

function isDemonym(folded: string): boolean {
  return DEMONYMS.has(folded) || (folded.length > 6 && folded.endsWith('ezen'));
}

/** What the word lists say of a folded word. */
interface WordFacts {
  role: boolean;
  organizationHead: boolean;
  nationalityAdjective: boolean;
  demonym: boolean;
  stopCapital: boolean;
  // Asked only of some words (the last of a name, the first of a sentence), so found when first asked.
  placeHead?: boolean;
  eventHead?: boolean;
  /** an ordinary Dutch word (dutchWords.ts) */
  ordinary?: boolean;
}

/**
 * Facts per distinct folded word, found once: the same words recur in every article and are asked
 * about several times per mention, while a compound's suffix scan costs a lookup per letter.
 */
const factsByWord = new Map<string, WordFacts>();
/** Distinct words remembered; past this the memory starts afresh. */
const MAX_REMEMBERED_WORDS = 50_000;

function wordFacts(folded: string): WordFacts {
  let facts = factsByWord.get(folded);
  if (facts === undefined) {
    if (factsByWord.size >= MAX_REMEMBERED_WORDS) factsByWord.clear();
    facts = {
      role: endsWithWordFrom(folded, ROLE_WORDS, 6),
      organizationHead: endsWithWordFrom(folded, ORGANIZATION_HEADS, 4),
      nationalityAdjective: nationalityAdjective(folded),
      demonym: isDemonym(folded),
      stopCapital: STOP_CAPITALS.has(folded),
    };
    factsByWord.set(folded, facts);
  }
  return facts;
}

export function isRoleWord(folded: string): boolean {
  return wordFacts(folded).role;
}

export function isOrganizationHead(folded: string): boolean {
  return wordFacts(folded).organizationHead;
}

export function isNationalityAdjective(folded: string): boolean {
  return wordFacts(folded).nationalityAdjective;
}

/**
 * One frozen object per distinct set of cues (sums of a few fixed weights: a few dozen values), where
 * an object each would cost more than the mention's other fields.
 */
const cuesByPersonCue = new Map<number, TypeCues[]>();

function sharedCues(cues: TypeCues): TypeCues {
  let same = cuesByPersonCue.get(cues.person);
  if (!same) cuesByPersonCue.set(cues.person, (same = []));
  for (const shared of same) if (shared.organization === cues.organization && shared.place === cues.place) return shared;
  const shared = Object.freeze({ ...cues });
  same.push(shared);
  return shared;
}

/**
 * Surfaces as one string per spelling, shared by all its mentions in every article, and a copy of
 * their own rather than a slice that keeps the sentence's text alive.
 */
const surfaces = new Map<string, string>();
const MAX_SURFACES = 50_000;

function sharedSurface(text: string, start: number, end: number): string {
  const written = text.slice(start, end);
  let shared = surfaces.get(written);
  if (shared === undefined) {
    if (surfaces.size >= MAX_SURFACES) surfaces.clear();
    surfaces.set(written, (shared = ownCopy(written)));
  }
  return shared;
}

function emptyCues(): TypeCues {
  return { person: 0, organization: 0, place: 0 };
}

/**
 * Groups a sentence's word parts back into whitespace-separated words. This runs on every word of
 * every article: a word refers to its parts by index and shares strings where it can, so it costs
 * one object.
 */
function sentenceWords(text: string, parts: WordPart[], known: AliasMatch[]): Word[] {
  const words: Word[] = [];
  let knownIndex = 0;
  let previousEnd = 0;
  for (let i = 0; i < parts.length; ) {
    let j = i + 1;
    while (j < parts.length && !parts[j].wordStart) j++;
    const start = parts[i].start;
    const end = parts[j - 1].end;
    while (knownIndex < known.length && known[knownIndex].end <= start) knownIndex++;
    const covering = knownIndex < known.length && known[knownIndex].start <= start ? knownIndex : -1;
    const folded = j === i + 1 ? parts[i].folded : foldedJoin(parts, i, j);
    const gap = text.slice(previousEnd, start);
    words.push({
      // A word written as its folded form (lower case, no accents) is that string.
      text: folded.length === end - start && text.startsWith(folded, start) ? folded : text.slice(start, end),
      folded,
      start,
      end,
      parts,
      firstPart: i,
      partCount: j - i,
      gap,
      spaced: gap === ' ' || WHITESPACE_GAP.test(gap),
      capital: parts[i].capital,
      known: covering,
      facts: wordFacts(folded),
    });
    previousEnd = end;
    i = j;
  }
  return words;
}

/** "vn-gezant": the folded parts of one word joined by hyphens. */
function foldedJoin(parts: readonly WordPart[], from: number, to: number): string {
  let folded = parts[from].folded;
  for (let k = from + 1; k < to; k++) folded += `-${parts[k].folded}`;
  return folded;
}

function partOf(word: Word, k: number): WordPart {
  return word.parts[word.firstPart + k];
}

function isInitial(words: Word[], i: number): boolean {
  return i === 0 || INITIAL_GAP.test(words[i].gap.trimEnd());
}

/** "TWAALF PROVINCIES KIEZEN", "GOAL PSV!": a headline or shout in capitals (two words or more, one of 4+ letters). */
function inCapitals(words: Word[]): boolean {
  let lettered = 0;
  let long = false;
  for (const word of words) {
    // Most words have a lower-case letter where a capital may stand: no case conversion for them.
    const second = word.text.charCodeAt(1);
    if (second >= 97 && second <= 122) return false;
    const upper = word.text.toUpperCase();
    if (upper === word.folded) continue; // no letters (digits, signs)
    if (upper !== word.text) return false;
    lettered++;
    long ||= word.text.length >= 4;
  }
  return lettered >= 2 && long;
}

/** "TRIPOLI (ANP) -", "ALEPPO - Rebellen ...": the last word of a dateline's place in capitals, or -1. */
function datelinePlaceEnd(words: Word[]): number {
  let end = -1;
  while (end + 1 < words.length && words[end + 1].capital && words[end + 1].text.length >= 3 && words[end + 1].text.toUpperCase() === words[end + 1].text && (end < 0 || words[end + 1].spaced)) end++;
  if (end < 0 || end + 1 >= words.length) return -1;
  return DATELINE_GAP.test(words[end + 1].gap) ? end : -1;
}

function isAcronymWord(word: Word): boolean {
  return word.partCount === 1 && ACRONYM.test(word.text) && !ROMAN_NUMERAL.test(word.text) && /\p{Lu}.*\p{Lu}|\p{N}/u.test(word.text);
}

/** A word that can be part of a name: capitalised, or joined to a lower-case Arabic article. */
function isNameWord(word: Word): boolean {
  if (word.known >= 0) return false;
  // Cheap tests first: this is asked of every word.
  if (word.partCount > 1 && partOf(word, 1).capital && ARABIC_ARTICLE.test(word.text)) return true;
  return word.capital && (word.text.charCodeAt(0) < 128 || !/^\p{N}/u.test(word.text));
}

/** "Facebook-pagina", "GNA-regering", "Haftar-troepen": a name joined to a lower-case noun. */
function compoundHeadLength(word: Word): number {
  if (word.partCount < 2 || ARABIC_ARTICLE.test(word.text) || isSyllableName(word)) return 0;
  for (let k = 1; k < word.partCount; k++) if (!partOf(word, k).capital) return k;
  return 0;
}

/** "Jong-un", "Yo-jong", "Suk-yeol", "Ki-moon": names of short syllables, not a name plus a noun. */
function isSyllableName(word: Word): boolean {
  const head = partOf(word, 0);
  if (!head.capital || !/^\p{Lu}\p{Ll}{1,3}$/u.test(word.text.slice(head.start - word.start, head.end - word.start))) return false;
  for (let k = 1; k < word.partCount; k++) {
    const part = partOf(word, k);
    if (part.folded.length < 2 || part.folded.length > 4 || part.capital) return false;
  }
  return true;
}

/**
 * An ordinary Dutch word of 6+ letters ("Teambaas", "Tienduizenden", "Luchthaven"): shorter words are
 * too often given names as well ("Rob", "Storm", "Fleur"); the short conjunctions and adverbs that
 * begin sentences are in STOP_CAPITALS.
 */
function isOrdinaryStart(word: Word): boolean {
  if (word.partCount !== 1 || word.folded.length < MIN_ORDINARY_START || word.known >= 0) return false;
  return (word.facts.ordinary ??= isOrdinaryDutchWord(word.folded));
}

function isPlaceHead(word: Word): boolean {
  return (word.facts.placeHead ??= endsWithWordFrom(word.folded, PLACE_HEADS, 5));
}

function isEventHead(word: Word): boolean {
  return (word.facts.eventHead ??= endsWithWordFrom(word.folded, EVENT_HEADS, 5));
}

function startsName(word: Word): boolean {
  return isNameWord(word) && !word.facts.stopCapital && !word.facts.role && !word.facts.demonym;
}

export function extractCandidates(article: ParsedArticle, known: AliasMatcher): ArticleCandidates {
  const mentions: CandidateMention[] = [];
  const roles: CandidateRole[] = [];
  const aliasLinks: AliasLink[] = [];
  article.sentences.forEach((sentence, sentenceIndex) => {
    // Names are read through invisible characters ("Ghas\u200Bsan"); offsets are mapped back below.
    const visible = visibleText(sentence.text);
    const text = visible.text;
    const parts = wordParts(text);
    const knownMatches = known.matchParts(text, parts);
    const words = sentenceWords(text, parts, knownMatches);
    const local: { mention: CandidateMention; first: number; last: number }[] = [];
    const capitals = inCapitals(words);
    const datelineEnd = capitals ? -1 : datelinePlaceEnd(words);
    const add = (first: number, last: number, start: number, end: number, knownId: string | undefined, acronym: boolean, surface = sharedSurface(text, start, end)) => {
      const dateline = last === datelineEnd;
      const mention: CandidateMention = {
        surface,
        start: sentence.start + start,
        end: sentence.start + end,
        sentence: sentenceIndex,
        // In a line of capitals no capital proves a name or an acronym; a dateline's name is a place.
        initial: knownId === undefined && !dateline && (capitals || (!acronym && isInitial(words, first))),
        acronym: acronym && !capitals && !dateline,
        cues: typeCues(words, first, last),
      };
      if (dateline) mention.cues.place += 2;
      if (knownId !== undefined) mention.knownId = knownId;
      local.push({ mention, first, last });
    };

    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word.known >= 0) {
        const match = knownMatches[word.known];
        let last = i;
        while (last + 1 < words.length && words[last + 1].known === word.known) last++;
        add(i, last, match.start, match.end, match.id, false, match.surface);
        i = last;
        continue;
      }
      if (!isNameWord(word)) continue;
      if (i === 0 && datelineEnd >= 0 && words[datelineEnd].known < 0) {
        add(0, datelineEnd, word.start, words[datelineEnd].end, undefined, false);
        i = datelineEnd;
        continue;
      }
      if (followsPortfolio(words, i)) {
        // "minister van Buitenlandse Zaken Ayman Safadi": skip the portfolio, keep the name after it.
        const runEnd = nameEnd(words, i);
        let k = i;
        while (k <= runEnd && (PORTFOLIO_WORDS.has(words[k].folded) || words[k].folded === 'en')) k++;
        i = k > i && k <= runEnd ? k - 1 : runEnd;
        continue;
      }
      const head = compoundHeadLength(word);
      // "F-16", "A-merk": a single letter before a hyphen is no name.
      const headPart = partOf(word, 0);
      if (head === 1 && headPart.end - headPart.start === 1) continue;
      if (head > 0) {
        const headEnd = partOf(word, head - 1).end;
        const headText = text.slice(word.start, headEnd);
        if (STOP_CAPITALS.has(headPart.folded) || isNationalityAdjective(headPart.folded) || isRoleWord(headPart.folded) || WORD_PREFIXES.has(headPart.folded)) continue;
        const acronym = head === 1 && ACRONYM.test(headText) && !ROMAN_NUMERAL.test(headText);
        add(i, i, word.start, headEnd, undefined, acronym);
        if (isOrganizationHead(partOf(word, word.partCount - 1).folded)) local[local.length - 1].mention.cues.organization += 2;
        continue;
      }
      // "JD Vance", "FC Barcelona": two capitals before a name are initials or part of the name.
      const initials = isAcronymWord(word) && word.text.length === 2 && i + 1 < words.length && words[i + 1].spaced && startsName(words[i + 1]) && !isAcronymWord(words[i + 1]);
      if (isAcronymWord(word) && !initials) {
        add(i, i, word.start, word.end, undefined, true);
        continue;
      }
      if (!initials && !startsName(word) && !startsWithCapitalParticle(words, i)) continue;
      let last = nameEnd(words, i);
      // "Teambaas Christian Horner", "Tienduizenden Belgen": an ordinary word at a sentence start is
      // no part of the name after it (alone, it is left to the resolver, which keeps it only when other
      // mentions show it capitalised mid-sentence).
      const ordinaryStart = isInitial(words, i) && isOrdinaryStart(word);
      // "Ivanka Trump": an unknown given name before a known surname names someone else.
      const next = words[last + 1];
      if (next && next.known >= 0 && last - i < 2 && next.spaced && knownMatches[next.known].start === next.start && knownMatches[next.known].end === next.end
        && (last + 2 >= words.length || words[last + 2].known !== next.known) && allCapitalNoAdjective(words, i, last)) {
        last++;
      }
      let first = i;
      const hasOrganizationHead = anyOrganizationHead(words, first, last);
      if (ordinaryStart && !hasOrganizationHead && first < last) {
        const rest = words[first + 1];
        if (!startsName(rest) || (first + 1 === last && isOrdinaryStart(rest))) {
          i = last;
          continue;
        }
        first++;
        last = nameEnd(words, first);
      }
      // "Russische Sergei ..." / "Libische Haftar": a leading (inflected) adjective is a cue, not part
      // of the name; "Frans Timmermans" keeps its given name.
      while (!hasOrganizationHead && first < last && words[first].folded.endsWith('e') && words[first].facts.nationalityAdjective) first++;
      if ((first === last && (words[first].facts.nationalityAdjective || words[first].facts.demonym || words[first].facts.stopCapital)) || isEventHead(words[last])) {
        i = last;
        continue;
      }
      add(first, last, words[first].start, words[last].end, undefined, false);
      // After a leading adjective the name stands mid-sentence; after an ordinary first word a single
      // remaining word ("Luchthaven Zuwara") still stands where any word is capitalised.
      if (first !== i) local[local.length - 1].mention.initial = ordinaryStart && first === last;
      i = last;
    }

    linkAliases(text, sentence.start, local.map((entry) => entry.mention), aliasLinks);
    for (const { mention, first, last } of local) {
      mention.start = sentence.start + visible.writtenStart(mention.start - sentence.start);
      mention.end = sentence.start + visible.writtenEnd(mention.end - sentence.start);
      const index = mentions.length;
      mentions.push(mention);
      for (const roleText of rolesAround(words, first, last)) {
        roles.push({ text: roleText, path: article.path, sentence: text, start: mention.start, mention: index });
        mention.cues.person += 2;
      }
      mention.cues = sharedCues(mention.cues);
    }
  });
  return { path: article.path, mentions, roles, aliasLinks };
}

/** "Van der Leyen", "De Vries", "Al Sisi": a capitalised particle that begins a name. */
function startsWithCapitalParticle(words: Word[], i: number): boolean {
  if (!words[i].capital || !NAME_PARTICLES.has(words[i].folded)) return false;
  // At a sentence start "De Croo" may be a name or an article ("De Beschermingsmacht"): the mention
  // keeps the particle and is marked initial; the resolver decides with the rest of the corpus.
  let k = i + 1;
  while (k < words.length && NAME_PARTICLES.has(words[k].folded) && k - i < 3) k++;
  if (!(k < words.length && words[k].spaced && startsName(words[k]) && !words[k].facts.nationalityAdjective && compoundHeadLength(words[k]) === 0)) return false;
  // "De Hoge Raad van State", "De Beschermingsmacht": before a longer name or an organisation word a
  // capital "De" at a sentence start is an article.
  if (!isInitial(words, i)) return true;
  return !words[k].facts.organizationHead && !(k + 1 < words.length && words[k + 1].spaced && isNameWord(words[k + 1]));
}

/** The last word of the name that starts at words[i]. */
function nameEnd(words: Word[], i: number): number {
  let end = i;
  let k = i + 1;
  let joinedParticles = false;
  while (k < words.length && k - i < MAX_NAME_WORDS) {
    const word = words[k];
    if (!word.spaced) break;
    if (isNameWord(word) && compoundHeadLength(word) === 0 && !isAcronymWord(word) && !word.facts.stopCapital && !word.facts.role) {
      end = k++;
      continue;
    }
    if (isAcronymWord(word) && NAME_FINAL_ACRONYMS.has(word.folded)) return k;
    // Particles join a given name to a surname ("Ursula von der Leyen"), or parts of an organisation's
    // name ("Hoge Raad van State"); not a second time ("Caroline van der Plas van BBB").
    const organization = anyOrganizationHead(words, i, k - 1);
    const canJoin = organization || (!joinedParticles && k - i === 1);
    // Particles may be capitalised inside a name: "Alexander De Croo", "Bart De Wever".
    if (canJoin && (isParticle(words, k) || (organization && !word.capital && ORGANIZATION_LINKS.has(word.folded)))) {
      let m = k + 1;
      while (m < words.length && !words[m].capital && isParticle(words, m) && /^[\s'’]+$/.test(words[m].gap)) m++;
      const target = words[m];
      if (m < words.length && m - k <= 3 && /^[\s'’]+$/.test(target.gap) && (isNameWord(target) || isKnownSurname(words, m)) && !isAcronymWord(target) && !target.facts.stopCapital && compoundHeadLength(target) === 0) {
        end = m;
        k = m + 1;
        joinedParticles = true;
        continue;
      }
    }
    break;
  }
  return end;
}

/** "Reinier van Zutphen", "Jan van Gent": a known one-word name (a town) after particles is a surname. */
function isKnownSurname(words: Word[], m: number): boolean {
  const known = words[m].known;
  return known >= 0 && words[m].capital && (m + 1 >= words.length || words[m + 1].known !== known) && words[m - 1].known !== known;
}

/** A lower-case name particle; "'t" is read as the word "t" after an apostrophe ("Van 't Schip"). */
function isParticle(words: Word[], k: number): boolean {
  return NAME_PARTICLES.has(words[k].folded) || (words[k].folded === 't' && /['’]$/.test(words[k].gap));
}

/**
 * "minister van Buitenlandse Zaken", "minister voor Buitenlandse Handel", "minister Marco Rubio van
 * Buitenlandse Zaken": the capitalised words name a portfolio, not an entity.
 */
function followsPortfolio(words: Word[], i: number): boolean {
  if (i < 2 || !words[i].spaced || (words[i - 1].folded !== 'van' && words[i - 1].folded !== 'voor')) return false;
  if (isPortfolioHead(words[i - 2].folded)) return true;
  // A minister's name may stand between: capitalised words back to the title.
  let k = i - 2;
  while (k > 0 && i - k <= MAX_NAME_WORDS && (words[k].capital || NAME_PARTICLES.has(words[k].folded))) k--;
  return k < i - 2 && isPortfolioHead(words[k].folded) && PORTFOLIO_WORDS.has(words[i].folded);
}

function isPortfolioHead(folded: string): boolean {
  return PORTFOLIO_HEADS.has(folded) || folded.endsWith('minister');
}

/** Whether one of words[from..to] names an organisation ("Raad", "Partij"). */
function anyOrganizationHead(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (words[k].facts.organizationHead) return true;
  return false;
}

function allPortfolioWords(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!PORTFOLIO_WORDS.has(words[k].folded) && words[k].folded !== 'en') return false;
  return true;
}

function allCapitalNoAdjective(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!words[k].capital || words[k].facts.nationalityAdjective) return false;
  return true;
}

function typeCues(words: Word[], first: number, last: number): TypeCues {
  const cues = emptyCues();
  const previous = first > 0 ? words[first - 1].folded : '';
  const beforePrevious = first > 1 ? words[first - 2].folded : '';
  const next = last + 1 < words.length ? words[last + 1].folded : '';
  const adjacent = first > 0 && words[first].spaced;
  // "in Tripoli", "naar Ghadames"; but "de prijs gaat naar Moungi Bawendi": a two-word name after
  // "naar" is more often a person than a place.
  if (adjacent && (PLACE_PREPOSITIONS.has(previous) || (ARTICLES.has(previous) && PLACE_PREPOSITIONS.has(beforePrevious)))) cues.place += first === last || previous === 'in' || previous === 'uit' ? 1 : 0.2;
  if (last > first && PLACE_NAME_STARTS.has(words[first].folded)) cues.place += 1;
  if (isPlaceHead(words[last])) cues.place += 2;
  if (adjacent && (PLACE_NOUNS.has(previous) || (ARTICLES.has(previous) && PLACE_NOUNS.has(beforePrevious)))) cues.place += 2;
  if (adjacent && words[first - 1].facts.role) cues.person += 2;
  // "trainer van Sparta Praag", "leider van de PVV": what a role is "of" is an organisation or place.
  const link = ARTICLES.has(previous) ? first - 2 : first - 1;
  if (adjacent && link >= 1 && (words[link].folded === 'van' || words[link].folded === 'bij') && words[link - 1].facts.role) cues.organization += 1;
  // "het staatsoliebedrijf Adnoc", "de omroep Libië al-Ahrar TV": a name after an organisation noun.
  if (adjacent && !words[first - 1].capital && words[first - 1].facts.organizationHead) cues.organization += 2;
  if ((adjacent && SPEECH_VERBS.has(previous)) || (last + 1 < words.length && words[last + 1].spaced && SPEECH_VERBS.has(next))) cues.person += 1;
  // "de GNA", "het Rode Kruis"; a capitalised "De" may be part of a name ("De Croo").
  if (adjacent && ARTICLES.has(previous) && !words[first - 1].capital) cues.organization += 0.5;
  let capitalOrArabic = 0;
  let arabic = false;
  for (let k = first; k <= last; k++) {
    const word = words[k];
    const arabicArticle = ARABIC_ARTICLE.test(word.text);
    if (word.capital || arabicArticle) capitalOrArabic++;
    arabic ||= arabicArticle || word.folded === 'bin' || word.folded === 'ibn';
  }
  // "Buitenlandse Zaken raadt reizen af": a portfolio named alone is its ministry.
  if (allPortfolioWords(words, first, last)) cues.organization += 2;
  if (anyOrganizationHead(words, first, last)) cues.organization += 2;
  else if (last > first && capitalOrArabic >= 2) cues.person += 0.25;
  if (arabic) cues.person += 0.5;
  return cues;
}

/** Roles before ("premier Fayez am-Saaraj", "VN-gezant voor Libië, Ghassan Salame") and after ("Khaled al-Mishri, hoofd van ..."). */
function rolesAround(words: Word[], first: number, last: number): string[] {
  const found: string[] = [];
  const before = roleBefore(words, first);
  if (before) found.push(before);
  const after = roleAfter(words, last);
  if (after) found.push(after);
  return found;
}

/** Checks that the words between a role word and the end of its phrase form a complement ("van de VN in het land"). */
function validComplement(words: Word[], from: number, to: number): boolean {
  let linked = false;
  for (let k = from; k <= to; k++) {
    const word = words[k];
    if (ROLE_LINKS.has(word.folded)) {
      linked = true;
      continue;
    }
    if (word.capital || word.known >= 0 || ARTICLES.has(word.folded)) continue;
    // After "van", "voor"...: a noun phrase ("van rivaliserende troepen", "in het Noord-Afrikaanse
    // land"); a lower-case word after a name is a verb, and the phrase has ended ("... Jevkoerov reisde").
    const previous = words[k - 1];
    const inPhrase = ROLE_LINKS.has(previous.folded) || ARTICLES.has(previous.folded) || (!previous.capital && previous.folded.endsWith('e')) || previous.facts.nationalityAdjective;
    if (!linked || !inPhrase) return false;
  }
  return true;
}

function roleBefore(words: Word[], first: number): string | undefined {
  if (first === 0) return undefined;
  const gap = words[first].gap;
  if (!QUOTED_GAP.test(gap) && !/^\s*,\s*$/.test(gap)) return undefined;
  const end = first - 1;
  for (let r = end; r >= 0 && end - r < MAX_ROLE_WORDS; r--) {
    if (r < end && !QUOTED_GAP.test(words[r + 1].gap)) return undefined;
    if (!words[r].facts.role) continue;
    // "functionaris bij de door de VN": a name inside the complement is not the role's holder; nor is
    // one in apposition to a noun ("topman van het staatsoliebedrijf Adnoc") unless a comma says so.
    if (r < end && (ROLE_LINKS.has(words[end].folded) || ARTICLES.has(words[end].folded))) return undefined;
    if (r < end && !words[end].capital && words[end].known < 0 && !/,/.test(gap)) return undefined;
    // "Middenvelder Frenkie de Jong van FC Barcelona": a complement starts with "van", "voor"...
    if (r < end && !ROLE_LINKS.has(words[r + 1].folded)) return undefined;
    if (!validComplement(words, r + 1, end)) return undefined;
    return cleanRole(words, withModifiers(words, r), end);
  }
  return undefined;
}

function roleAfter(words: Word[], last: number): string | undefined {
  if (last + 1 >= words.length || !/^\s*,\s*$/.test(words[last + 1].gap)) return undefined;
  let k = last + 1;
  if (ARTICLES.has(words[k].folded)) k++;
  while (k < words.length && isRoleModifier(words[k]) && !words[k].facts.role) k++;
  if (k >= words.length || !words[k].facts.role || (k > last + 1 && !QUOTED_GAP.test(words[k].gap))) return undefined;
  // "Piet Jansen, partijleider Kees de Boer": a name right after the role word is the role's own holder.
  if (k + 1 < words.length && words[k + 1].spaced && (words[k + 1].known >= 0 || startsName(words[k + 1]))) return undefined;
  const roleWord = k;
  let end = k;
  while (end + 1 < words.length && end + 1 - roleWord < MAX_ROLE_WORDS && QUOTED_GAP.test(words[end + 1].gap) && validComplement(words, roleWord + 1, end + 1)) end++;
  // A complement ends on a name or noun, not on a dangling "van de".
  while (end > roleWord && (ROLE_LINKS.has(words[end].folded) || ARTICLES.has(words[end].folded))) end--;
  return cleanRole(words, last + 1, end);
}

/**
 * Where a role phrase starts, given its role word at r: adjectives before it are included when an
 * article precedes them ("de afvallige generaal"), which tells them apart from verbs ("rukte generaal").
 */
function withModifiers(words: Word[], r: number): number {
  let start = r;
  while (start > 0 && QUOTED_GAP.test(words[start].gap) && isRoleModifier(words[start - 1])) start--;
  if (start === r || start === 0) return start;
  const before = words[start - 1].folded;
  return ARTICLES.has(before) || POSSESSIVES.has(before) ? start : r;
}

/** "speciale", "afvallige", "Russische", "oud-", "voormalig": words that may precede a role. */
function isRoleModifier(word: Word): boolean {
  if (word.facts.nationalityAdjective) return true;
  if (ROLE_MODIFIERS.has(word.folded)) return true;
  return !word.capital && word.folded.length > 3 && word.folded.endsWith('e') && !ROLE_MODIFIER_EXCEPTIONS.has(word.folded) && !ARTICLES.has(word.folded);
}

function cleanRole(words: Word[], from: number, to: number): string | undefined {
  let start = from;
  while (start <= to && ARTICLES.has(words[start].folded)) start++;
  if (start > to) return undefined;
  let text = words.slice(start, to + 1).map((word, i) => (i === 0 ? '' : word.gap.replace(/[^\s]/g, '') || ' ') + word.text).join('');
  text = text.replace(/['"‘’“”«»]/g, '').replace(/\s+/g, ' ').trim();
  // "Trainer John van 't Schip" at a sentence start: the role is "trainer".
  if (ROLE_WORDS.has(words[start].folded)) text = text.charAt(0).toLowerCase() + text.slice(1);
  return text || undefined;
}

/** "beter bekend als Hemedti", "alias", "bekend onder zijn strijdersnaam": a second name follows. */
const ALSO_KNOWN_AS = /^\s*,?\s*\(?(?:beter |ook |vooral |eerder )?(?:bekend als|bekend onder (?:zijn|haar|de) [\p{L}-]*naam|alias|bijgenaamd|ook wel|better known as|also known as)\s*$/u;

/**
 * "Libische Nationale Leger (LNA)" and "LNA (Libyan National Army)" introduce an acronym;
 * "Mohamed Hamdan Dagalo, beter bekend als Hemedti" a second name.
 */
function linkAliases(text: string, offset: number, mentions: CandidateMention[], out: AliasLink[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.knownId !== undefined && b.knownId !== undefined) continue;
    const between = text.slice(a.end - offset, b.start - offset);
    if (ALSO_KNOWN_AS.test(between)) {
      out.push({ alias: b.surface, name: a.surface });
      continue;
    }
    const closes = text.slice(b.end - offset).trimStart().startsWith(')');
    if (!closes || !/^[\p{L}\-]*\s*\(\s*$/u.test(between)) continue;
    if (b.acronym && !a.acronym) out.push({ alias: b.surface, name: a.surface });
    else if (a.acronym && !b.acronym && b.surface.includes(' ')) out.push({ alias: a.surface, name: b.surface });
  }
}

