// Corpus-wide entity resolution. Per-article candidates are aggregated into surface forms as
// articles are set or deleted (no article is rescanned); resolve() then groups forms into entities:
// spelling variants (accents, Arabic articles, transliterations), surname-only mentions, acronyms
// introduced next to their full name, known entities, and the user's merges, splits and ignores.
// Its cost is proportional to the distinct forms plus the mentions.

import { ARABIC_ARTICLE, isOrganizationHead, type ArticleCandidates, type TypeCues } from './entityCandidates';
import type { KnownEntity } from './knowledgeBase';
import { foldText, stripAccents } from './text';
import type { Entity, EntityType, Mention, Role } from './types';
import type { UserEntities } from './userEntities';

/** Word-by-word Jaro-Winkler above this is the same spelling even when the phonetic skeletons differ. */
const SAME_WORD_SIMILARITY = 0.92;
/** With equal skeletons a lower similarity suffices (Sarraj ~ Saaraj, Kadhafi ~ Gaddafi). */
const SAME_SKELETON_SIMILARITY = 0.75;
const MAX_NAME_WORD = 40;
/** Bound of each memo below. */
const MAX_MEMO = 200_000;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'von', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'di', 'le', 'la', 'bin', 'ibn', 'ben', 'bint', 'y', 'of', 'al', 'el']);

interface FormStats {
  key: string;
  folded: string;
  knownId: string | undefined;
  surfaces: Map<string, number>;
  mentions: number;
  /** mentions not at a sentence start: the capital is evidence of a name */
  strong: number;
  articles: Map<string, number>;
  cues: TypeCues;
  acronym: boolean;
  roles: number;
}

interface FormInfo {
  stats: FormStats;
  /** significant folded words: particles and Arabic articles removed */
  words: string[];
}

function formKey(knownId: string | undefined, surface: string): string {
  let folded = foldedSurfaces.get(surface);
  if (folded === undefined) {
    if (foldedSurfaces.size > MAX_MEMO) foldedSurfaces.clear();
    foldedSurfaces.set(surface, (folded = normalizeSpaces(foldText(surface))));
  }
  return `${knownId ?? ''}|${folded}`;
}

/** The same spellings recur in thousands of articles; folding (Unicode normalisation) is the slow part. */
const foldedSurfaces = new Map<string, string>();

function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** "al-Sarraj" -> "sarraj"; particles dropped: "Mohammed bin Salman" -> mohammed, salman. */
export function significantWords(folded: string): string[] {
  const words: string[] = [];
  for (const raw of folded.split(/[\s]+/)) {
    const word = raw.replace(ARABIC_ARTICLE, '').replace(/['’]s$/, '');
    // "Ben" first is a given name ("Ben van Beurden"), later a particle ("Zine el-Abidine Ben Ali").
    if (word !== '' && (!PARTICLES.has(word) || (word === 'ben' && words.length === 0 && raw === folded.split(/\s+/)[0]))) words.push(word);
  }
  return words;
}

/**
 * A phonetic skeleton for transliterated names: Kadhafi, Khadafi, Kadafi, Gaddafi and Qaddafi all
 * give "kdf"; Sarraj, Saaraj and Serraj give "srj"; Fayez, Fayes and Fayiz give "fs"; the Dutch
 * transliterations of Cyrillic ("Klitsjko", "Joelia") meet the English ones ("Klitschko", "Yulia").
 */
export function nameSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    if (skeletons.size > MAX_MEMO) skeletons.clear();
    skeletons.set(word, (skeleton = computeSkeleton(word)));
  }
  return skeleton;
}

/** Skeletons are asked for the same words again and again; the memo is bounded. */
const skeletons = new Map<string, string>();

function computeSkeleton(word: string): string {
  let w = foldText(word).replace(ARABIC_ARTICLE, '').replace(/[^a-z]/g, '');
  w = w.replace(/sch/g, 's').replace(/kh|gh|ch|ck|q|c|g/g, 'k').replace(/dh/g, 'd').replace(/th/g, 't').replace(/sh|z/g, 's')
    .replace(/ph/g, 'f').replace(/w/g, 'v').replace(/x/g, 'ks').replace(/oe/g, 'u').replace(/sj/g, 's').replace(/j(?=[aeiou])/g, 'y')
    .replace(/h/g, '');
  if (w === '') return '';
  const rest = w.slice(1).replace(/[aeiouy]/g, '');
  return (w[0] + rest).replace(/(.)\1+/g, '$1');
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Two words are spellings of one name: equal, near-equal, or equal in skeleton and close. */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Similarity is quadratic in the word's length; names are short.
  if (a.length > MAX_NAME_WORD || b.length > MAX_NAME_WORD) return false;
  const similarity = jaroWinkler(a, b);
  if (similarity >= SAME_WORD_SIMILARITY && Math.min(a.length, b.length) >= 4) return true;
  return similarity >= SAME_SKELETON_SIMILARITY && nameSkeleton(a) === nameSkeleton(b);
}

function sameName(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => sameNameWord(word, b[i]));
}

/** The full name ends with the partial one; a double surname may be named by its first part. */
function endsWithName(full: readonly string[], partial: readonly string[], exact = false): boolean {
  const same = (a: string, b: string) => (exact ? a === b : sameNameWord(a, b));
  const tail = full.slice(full.length - partial.length);
  if (tail.every((word, i) => same(word, partial[i]))) return true;
  const last = full[full.length - 1];
  const hyphen = last.indexOf('-');
  return partial.length === 1 && hyphen > 0 && same(last.slice(0, hyphen), partial[0]);
}

/** A readable, stable id: "Fayez al-Sarraj" -> "fayez-al-sarraj". */
export function slugify(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
}

/** Union-find over form keys; a union is refused when it would join names the user split. */
class Groups {
  private readonly parent = new Map<string, string>();
  /** per root: split group index -> member index */
  private readonly splitTags = new Map<string, Map<number, number>>();

  add(key: string, splitTags?: Map<number, number>): void {
    if (this.parent.has(key)) return;
    this.parent.set(key, key);
    if (splitTags && splitTags.size > 0) this.splitTags.set(key, splitTags);
  }

  find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: string, b: string): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return true;
    const tagsA = this.splitTags.get(rootA);
    const tagsB = this.splitTags.get(rootB);
    if (tagsA && tagsB) {
      for (const [group, member] of tagsA) {
        const other = tagsB.get(group);
        if (other !== undefined && other !== member) return false;
      }
    }
    this.parent.set(rootB, rootA);
    if (tagsB) {
      const merged = new Map(tagsA ?? []);
      for (const [group, member] of tagsB) merged.set(group, member);
      this.splitTags.set(rootA, merged);
      this.splitTags.delete(rootB);
    }
    return true;
  }
}

export class EntityResolver {
  private readonly articles = new Map<string, ArticleCandidates>();
  /** per article, computed once in set(): what resolve() needs of each mention, ready to use */
  private readonly prepared = new Map<string, PreparedArticle>();
  private readonly forms = new Map<string, FormStats>();
  /** folded alias -> folded name it was linked to (acronym, "beter bekend als") -> count */
  private readonly aliasLinks = new Map<string, Map<string, number>>();
  private known = new Map<string, KnownEntity>();
  private userIds = new Set<string>();
  private user: UserEntities | undefined;

  constructor(private readonly knowledgeBase: KnownEntity[], user?: UserEntities) {
    this.setUserEntities(user);
  }

  /** User entries override knowledge-base entries with the same id (their aliases are added). */
  setUserEntities(user: UserEntities | undefined): void {
    this.user = user;
    this.known = new Map(this.knowledgeBase.map((entity) => [entity.id, entity]));
    this.userIds = new Set();
    for (const entity of user?.entities ?? []) {
      const base = this.known.get(entity.id);
      this.known.set(entity.id, base ? { ...base, ...entity, aliases: [...new Set([...base.aliases, ...entity.aliases])] } : entity);
      this.userIds.add(entity.id);
    }
  }

  set(candidates: ArticleCandidates): void {
    this.delete(candidates.path);
    this.articles.set(candidates.path, candidates);
    this.prepared.set(candidates.path, prepare(candidates));
    this.count(candidates, 1);
  }

  delete(path: string): void {
    const old = this.articles.get(path);
    if (!old) return;
    this.count(old, -1);
    this.articles.delete(path);
    this.prepared.delete(path);
  }

  private count(candidates: ArticleCandidates, sign: 1 | -1): void {
    const rolesByMention = new Map<number, number>();
    for (const role of candidates.roles) rolesByMention.set(role.mention, (rolesByMention.get(role.mention) ?? 0) + 1);
    const { keys, spellings } = this.prepared.get(candidates.path)!;
    candidates.mentions.forEach((mention, index) => {
      const key = keys[index];
      let stats = this.forms.get(key);
      if (!stats) {
        stats = {
          key, folded: key.slice(key.indexOf('|') + 1), knownId: mention.knownId, surfaces: new Map(), mentions: 0, strong: 0,
          articles: new Map(), cues: { person: 0, organization: 0, place: 0 }, acronym: mention.acronym, roles: 0,
        };
        this.forms.set(key, stats);
      }
      bump(stats.surfaces, spellings[index], sign);
      bump(stats.articles, candidates.path, sign);
      stats.mentions += sign;
      if (!mention.initial) stats.strong += sign;
      stats.cues.person += sign * mention.cues.person;
      stats.cues.organization += sign * mention.cues.organization;
      stats.cues.place += sign * mention.cues.place;
      stats.roles += sign * (rolesByMention.get(index) ?? 0);
      if (stats.mentions <= 0) this.forms.delete(key);
    });
    for (const link of candidates.aliasLinks) {
      const alias = normalizeSpaces(foldText(link.alias));
      let names = this.aliasLinks.get(alias);
      if (!names) this.aliasLinks.set(alias, (names = new Map()));
      bump(names, normalizeSpaces(foldText(link.name)), sign);
      if (names.size === 0) this.aliasLinks.delete(alias);
    }
  }

  resolve(): Entity[] {
    const ignored = new Set((this.user?.ignore ?? []).map((name) => normalizeSpaces(foldText(name))));
    const splitTagsByName = new Map<string, [number, number]>();
    (this.user?.splits ?? []).forEach((group, g) => group.forEach((name, m) => splitTagsByName.set(normalizeSpaces(foldText(name)), [g, m])));

    // 1. Which forms are names: known spellings, and discovered ones with evidence beyond a sentence-initial capital.
    const accepted = new Map<string, FormInfo>();
    const discoveredByFolded = new Map<string, FormInfo>();
    /** forms that are mentions of another form but no spelling of their own: possessives, "De X" */
    const possessives = new Set<FormStats>();
    const redirectTo = new Map<string, string>();
    for (const stats of this.forms.values()) {
      if (ignored.has(stats.folded) || (stats.knownId !== undefined && ignored.has(stats.knownId))) continue;
      if (stats.knownId === undefined) {
        // A single capitalised word at a sentence start proves nothing; two or more ("Geert Wilders zei") do.
        if (stats.strong === 0 && significantWords(stats.folded).length < 2) continue;
        if (stats.acronym && stats.mentions < 2 && !this.aliasLinks.has(stats.folded)) continue;
      }
      const info = { stats, words: significantWords(stats.folded) };
      if (info.words.length === 0) continue;
      accepted.set(stats.key, info);
      if (stats.knownId === undefined) discoveredByFolded.set(stats.folded, info);
    }
    // "Haftars" is the possessive of "Haftar" when both occur.
    for (const info of [...accepted.values()]) {
      const { stats } = info;
      if (stats.knownId !== undefined || stats.acronym || info.words.length !== 1 || !stats.folded.endsWith('s')) continue;
      if (discoveredByFolded.has(stats.folded.slice(0, -1))) {
        possessives.add(stats);
        redirectTo.set(stats.key, stats.folded.slice(0, -1));
        accepted.delete(stats.key);
        discoveredByFolded.delete(stats.folded);
      }
    }
    // Initial-only forms still count when a strong form has the same spelling ("Haftars troepen ...")
    // or the same name without a sentence-initial article ("De Beschermingsmacht" -> "Beschermingsmacht").
    for (const stats of this.forms.values()) {
      if (stats.knownId !== undefined || accepted.has(stats.key) || stats.strong > 0) continue;
      const words = significantWords(stats.folded);
      const base = words.length === 1 && words[0] !== stats.folded ? words[0] : stats.folded.endsWith('s') ? stats.folded.slice(0, -1) : stats.folded;
      if (discoveredByFolded.has(base)) {
        possessives.add(stats);
        redirectTo.set(stats.key, base);
      }
    }

    const groups = new Groups();
    const splitTagsFor = (folded: string) => {
      const tag = splitTagsByName.get(folded);
      return tag ? new Map([tag]) : undefined;
    };
    for (const info of accepted.values()) groups.add(info.stats.key, splitTagsFor(info.stats.folded));

    // 2. Known entities: every spelling of one id is one group.
    const knownAnchor = new Map<string, string>();
    for (const info of accepted.values()) {
      const id = info.stats.knownId;
      if (id === undefined) continue;
      const anchor = knownAnchor.get(id);
      if (anchor === undefined) knownAnchor.set(id, info.stats.key);
      else groups.union(anchor, info.stats.key);
    }
    const knownOf = (key: string): string | undefined => rootKnown.get(groups.find(key));
    const rootKnown = new Map<string, string>();
    const refreshKnown = () => {
      rootKnown.clear();
      for (const [id, key] of knownAnchor) rootKnown.set(groups.find(key), id);
    };
    refreshKnown();
    /** Joins two groups unless they hold two different known entities. */
    const join = (a: string, b: string): void => {
      const knownA = knownOf(a);
      const knownB = knownOf(b);
      if (knownA !== undefined && knownB !== undefined && knownA !== knownB) return;
      if (groups.union(a, b) && (knownA ?? knownB) !== undefined) rootKnown.set(groups.find(a), (knownA ?? knownB)!);
    };

    // 3. Spelling variants: forms with the same number of significant words that match word by word,
    // compared within blocks of the same last-word skeleton. Known people's spellings take part, so
    // an unlisted spelling ("Erdogans", "Zelenskiy") joins the known entity.
    const blocks = new Map<string, FormInfo[]>();
    const knownPersonSpellings: FormInfo[] = [];
    for (const entity of this.known.values()) {
      if (entity.type !== 'person' || !knownAnchor.has(entity.id)) continue;
      for (const spelling of [entity.name, ...entity.aliases]) {
        const folded = normalizeSpaces(foldText(spelling));
        knownPersonSpellings.push({ stats: this.forms.get(formKey(entity.id, spelling)) ?? accepted.get(knownAnchor.get(entity.id)!)!.stats, words: significantWords(folded) });
      }
    }
    for (const info of [...accepted.values(), ...knownPersonSpellings]) {
      if (info.stats.acronym || info.words.length === 0) continue;
      const block = `${info.words.length}:${nameSkeleton(info.words[info.words.length - 1])}`;
      const list = blocks.get(block);
      if (list) list.push(info);
      else blocks.set(block, [info]);
    }
    for (const list of blocks.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i];
          const b = list[j];
          if (a.stats.knownId !== undefined && b.stats.knownId !== undefined) continue;
          if (sameName(a.words, b.words)) join(a.stats.key, b.stats.key);
        }
      }
    }

    // 4. Spellings the text links: "Libische Nationale Leger (LNA)", "Dagalo, beter bekend als Hemedti".
    const keysByFolded = new Map<string, string[]>();
    for (const info of accepted.values()) {
      const list = keysByFolded.get(info.stats.folded);
      if (list) list.push(info.stats.key);
      else keysByFolded.set(info.stats.folded, [info.stats.key]);
    }
    for (const [alias, names] of this.aliasLinks) {
      for (const aliasKey of keysByFolded.get(alias) ?? []) {
        for (const name of names.keys()) for (const nameKey of keysByFolded.get(name) ?? []) join(aliasKey, nameKey);
      }
    }

    // 5. The user's merges: names (any spelling) or ids.
    for (const group of this.user?.merges ?? []) {
      const keys = group.flatMap((name) => this.formsNamed(name, accepted, knownAnchor));
      for (let i = 1; i < keys.length; i++) join(keys[0], keys[i]);
    }

    // 6. Partial names: a surname ("Haftar", "De Wever", "López") or a given name ("Frenkie") goes with
    // the full name in the same article; a surname also with the only full name in the corpus that
    // has it. Ambiguous ones stay on their own. A capitalised word at a sentence start that is the
    // surname of a full name in its article is a name too ("Al-Sharaa, beter bekend ...").
    const groupWords = new Map<string, number>();
    for (const info of accepted.values()) {
      const root = groups.find(info.stats.key);
      groupWords.set(root, Math.max(groupWords.get(root) ?? 0, info.words.length));
    }
    // Full names by length and by the skeleton of their last (first) word.
    const bySurname = new Map<string, FormInfo[]>();
    let longestName = 0;
    const byGivenName = new Map<string, FormInfo[]>();
    for (const info of accepted.values()) {
      if (info.words.length < 2 || info.stats.acronym || info.words.some(isOrganizationHead)) continue;
      const last = info.words[info.words.length - 1];
      pushTo(bySurname, `${info.words.length}:${nameSkeleton(last)}`, info);
      // A double surname is also found by its first part: "Yeşilgöz-Zegerius" by "Yesilgöz".
      const hyphen = last.indexOf('-');
      if (hyphen > 0) pushTo(bySurname, `${info.words.length}:${nameSkeleton(last.slice(0, hyphen))}`, info);
      pushTo(byGivenName, `${info.words.length}:${nameSkeleton(info.words[0])}`, info);
      longestName = Math.max(longestName, info.words.length);
    }
    const weak: FormInfo[] = [];
    for (const stats of this.forms.values()) {
      if (stats.knownId !== undefined || accepted.has(stats.key) || stats.acronym || ignored.has(stats.folded)) continue;
      const words = significantWords(stats.folded);
      if (words.length === 1 && !possessives.has(stats)) weak.push({ stats, words });
    }
    /** per article: form key -> group root, where a partial name resolves differently per article */
    const perArticle = new Map<string, Map<string, string>>();
    const tieInArticles = (info: FormInfo, fullNames: FormInfo[]): boolean => {
      let tied = false;
      for (const path of info.stats.articles.keys()) {
        const here = new Set(fullNames.filter((full) => full.stats.articles.has(path)).map((full) => groups.find(full.stats.key)));
        if (here.size !== 1) continue;
        let overrides = perArticle.get(path);
        if (!overrides) perArticle.set(path, (overrides = new Map()));
        overrides.set(info.stats.key, [...here][0]);
        tied = true;
      }
      return tied;
    };
    for (const info of [...accepted.values(), ...weak]) {
      const n = info.words.length;
      const isWeak = !accepted.has(info.stats.key);
      // Known entities have their own spellings: "Moskou" is no surname of "Elon Musk".
      if (info.stats.knownId !== undefined || info.stats.acronym || (!isWeak && (groupWords.get(groups.find(info.stats.key)) ?? 0) > n)) continue;
      const longer = (index: Map<string, FormInfo[]>, word: string): FormInfo[] => {
        const found: FormInfo[] = [];
        for (let length = n + 1; length <= longestName; length++) found.push(...(index.get(`${length}:${nameSkeleton(word)}`) ?? []));
        return found;
      };
      const fuzzySurnames = longer(bySurname, info.words[n - 1]).filter((full) => endsWithName(full.words, info.words));
      // A surname written exactly so ("Navalny") goes with that spelling, not with a close one ("Navalnaja").
      const exactSurnames = fuzzySurnames.filter((full) => endsWithName(full.words, info.words, true));
      const surnames = exactSurnames.length > 0 ? exactSurnames : fuzzySurnames;
      const roots = new Set(surnames.map((full) => groups.find(full.stats.key)));
      if (roots.size === 1 && !isWeak) {
        join([...roots][0], info.stats.key);
        continue;
      }
      if (surnames.length > 0 && tieInArticles(info, surnames)) continue;
      const givenNames = longer(byGivenName, info.words[0]).filter((full) => sameName(full.words.slice(0, n), info.words));
      tieInArticles(info, givenNames);
    }

    // 7. Entities from the groups, mentions and roles from the articles.
    const redirect = new Map<string, string>();
    for (const [key, folded] of redirectTo) {
      const base = discoveredByFolded.get(folded);
      if (base) redirect.set(key, base.stats.key);
    }
    const builders = new Map<string, EntityBuilder>();
    const builderFor = (root: string): EntityBuilder => {
      let builder = builders.get(root);
      if (!builder) builders.set(root, (builder = new EntityBuilder()));
      return builder;
    };
    for (const info of accepted.values()) builderFor(groups.find(info.stats.key)).addForm(info);
    /** form key -> its group's root, unless the form is no name */
    const rootOfForm = new Map<string, string | undefined>();
    const rootOf = (key: string): string | undefined => {
      if (rootOfForm.has(key)) return rootOfForm.get(key);
      const target = redirect.get(key) ?? key;
      const root = accepted.has(target) ? groups.find(target) : undefined;
      rootOfForm.set(key, root);
      return root;
    };
    // Articles in path order, mentions in text order: each entity's mentions come out sorted.
    for (const path of [...this.prepared.keys()].sort()) {
      const prepared = this.prepared.get(path)!;
      const overrides = perArticle.get(path);
      const roots = prepared.keys.map((key) => {
        const override = overrides?.get(redirect.get(key) ?? key);
        return override !== undefined ? groups.find(override) : rootOf(key);
      });
      prepared.mentions.forEach((mention, i) => {
        const root = roots[i];
        if (root !== undefined) builderFor(root).addMention(mention, redirect.has(prepared.keys[i]) ? undefined : prepared.spellings[i]);
      });
      for (const { mention, role, key } of prepared.roles) {
        const root = roots[mention];
        if (root !== undefined) builderFor(root).addRole(role, key);
      }
    }
    const usedIds = new Set<string>();
    const entities: Entity[] = [];
    for (const [root, builder] of builders) {
      if (builder.mentions.length === 0) continue;
      const knownId = rootKnown.get(root);
      entities.push(builder.build(knownId === undefined ? undefined : this.known.get(knownId), this.userIds, usedIds));
    }
    return entities;
  }

  /** Form keys a user's merge entry names: an entity id, or a spelling (case and accents ignored). */
  private formsNamed(name: string, accepted: Map<string, FormInfo>, knownAnchor: Map<string, string>): string[] {
    const anchor = knownAnchor.get(name);
    if (anchor !== undefined) return [anchor];
    const folded = normalizeSpaces(foldText(name));
    const keys: string[] = [];
    for (const info of accepted.values()) if (info.stats.folded === folded || slugify(info.stats.folded) === name) keys.push(info.stats.key);
    return keys;
  }
}

interface PreparedArticle {
  /** form key of each mention */
  keys: string[];
  /** each mention's spelling with its spaces normalised */
  spellings: string[];
  mentions: Mention[];
  roles: { mention: number; role: Role; key: string }[];
}

/** What resolve() needs of an article, made once when it is set and shared by every resolve. */
function prepare(candidates: ArticleCandidates): PreparedArticle {
  const path = candidates.path;
  return {
    keys: candidates.mentions.map((mention) => formKey(mention.knownId, mention.surface)),
    spellings: candidates.mentions.map((mention) => normalizeSpaces(mention.surface)),
    mentions: candidates.mentions.map((mention) => ({ path, start: mention.start, end: mention.end, surface: mention.surface })),
    roles: candidates.roles.map((role) => ({
      mention: role.mention,
      role: { text: role.text, path, sentence: role.sentence, start: role.start },
      key: `${path}|${foldText(role.text)}`,
    })),
  };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const value = (map.get(key) ?? 0) + by;
  if (value <= 0) map.delete(key);
  else map.set(key, value);
}

/** Collects one group's forms, mentions and roles and decides its name, type and id. */
class EntityBuilder {
  readonly forms: FormInfo[] = [];
  readonly mentions: Mention[] = [];
  private readonly roles = new Map<string, Role>();
  /** spellings as written, with counts; possessives ("Haftars") are mentions but not spellings */
  private readonly spellings = new Map<string, number>();

  addForm(info: FormInfo): void {
    this.forms.push(info);
  }

  /** `spelling` is undefined for a possessive ("Haftars"): a mention, not a spelling */
  addMention(mention: Mention, spelling: string | undefined): void {
    this.mentions.push(mention);
    if (spelling !== undefined) bump(this.spellings, spelling, 1);
  }

  /** `key` identifies the role within its article, so a role repeated there is kept once */
  addRole(role: Role, key: string): void {
    if (!this.roles.has(key)) this.roles.set(key, role);
  }

  build(known: KnownEntity | undefined, userIds: Set<string>, usedIds: Set<string>): Entity {
    const name = known?.name ?? this.preferredName();
    let id = known?.id ?? slugify(name);
    if (!known) {
      const base = id;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    }
    usedIds.add(id);
    const entity: Entity = {
      id,
      name,
      type: known?.type ?? this.type(),
      aliases: [...this.spellings.keys()].sort((a, b) => (this.spellings.get(b) ?? 0) - (this.spellings.get(a) ?? 0) || a.localeCompare(b)),
      articles: [...new Set(this.mentions.map((mention) => mention.path))].sort(),
      mentions: this.mentions,
      roles: [...this.roles.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start)),
      origin: known ? (userIds.has(known.id) ? 'user' : 'knowledge-base') : 'discovered',
    };
    if (known?.description) entity.description = known.description;
    return entity;
  }

  /** The most complete spelling, and among those the one whose words are written most often that way. */
  private preferredName(): string {
    const wordCounts = new Map<string, number>();
    for (const [spelling, count] of this.spellings) for (const word of spelling.split(' ')) bump(wordCounts, word, count);
    let best = '';
    let bestScore: number[] = [];
    for (const [spelling, count] of this.spellings) {
      const words = spelling.split(' ');
      const significant = significantWords(foldText(spelling)).length;
      // Ties go to the spelling with accents ("Salamé" over "Salame"): it carries more.
      const accents = spelling.length - stripAccents(spelling).length + (spelling === stripAccents(spelling) ? 0 : 1);
      const score = [significant, words.reduce((sum, word) => sum + (wordCounts.get(word) ?? 0), 0), count, accents, -spelling.length];
      if (best === '' || compareScores(score, bestScore) > 0 || (compareScores(score, bestScore) === 0 && spelling < best)) {
        best = spelling;
        bestScore = score;
      }
    }
    return best;
  }

  private type(): EntityType {
    const cues = { person: 0, organization: 0, place: 0 };
    let acronym = false;
    let longest = 0;
    for (const { stats, words } of this.forms) {
      cues.person += stats.cues.person + stats.roles;
      cues.organization += stats.cues.organization;
      cues.place += stats.cues.place;
      acronym ||= stats.acronym;
      longest = Math.max(longest, words.length);
    }
    if (acronym) cues.organization += 1;
    const best = Math.max(cues.person, cues.organization, cues.place);
    if (best > 0) return cues.person === best ? 'person' : cues.organization === best ? 'organization' : 'place';
    return longest >= 2 ? 'person' : 'organization';
  }
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
