// The full output of name extraction, resolution and month inference on a fixed set of corpora (the
// seeds, the eval corpora, a few hundred synthetic articles, the adversarial corpora), as JSON, so a
// change meant to make them faster can be checked to give exactly the same result:
//   node --import tsx scripts/namesGolden.ts > before.json   (then again after, and diff)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasMatcher } from '../src/core/aliasMatcher';
import { analyseText } from '../src/core/analysis';
import { EntityResolver } from '../src/core/entityResolver';
import { aliasEntries, loadKnowledgeBase } from '../src/core/knowledgeBase';
import { inferMonths } from '../src/core/monthInference';
import { ADVERSARIAL_NAMES } from '../test/adversarialNames';
import { syntheticArchive } from './syntheticArchive';

type Text = { path: string; text: string };

function folder(path: string): Text[] {
  return readdirSync(path).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ path: name, text: readFileSync(join(path, name), 'utf8') }));
}

export function namesGoldenCorpora(): Record<string, Text[]> {
  const corpora: Record<string, Text[]> = {
    seeds: folder('seeds'),
    eval: folder('test/eval/corpus'),
    holdout: folder('test/eval/holdout'),
    synthetic: syntheticArchive(300),
  };
  for (const [name, make] of Object.entries(ADVERSARIAL_NAMES)) corpora[name] = make(60).map((text, i) => ({ path: `${i}.txt`, text }));
  return corpora;
}

/** Candidates per article, the resolved entities (after a full and an incremental resolve) and the inferred months. */
export function namesGolden(texts: Text[]): unknown {
  const knowledgeBase = loadKnowledgeBase();
  const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
  const analysed = texts.map(({ path, text }) => analyseText(path, text, matcher));
  const resolver = new EntityResolver(knowledgeBase);
  for (const article of analysed) resolver.set(article.candidates);
  const entities = resolver.resolve();
  // An incremental step: the first article taken out and set again, a new one added.
  resolver.delete(analysed[0].parsed.path);
  const extra = extractAgain(texts[0], matcher);
  resolver.set(extra);
  const incremental = resolver.resolve();
  return {
    candidates: analysed.map((article) => article.candidates),
    features: analysed.map((article) => article.inference.features),
    entities,
    incremental,
    months: [...inferMonths(analysed.map((article) => article.inference))],
  };
}

function extractAgain(text: Text, matcher: AliasMatcher) {
  return analyseText(`again/${text.path}`, text.text, matcher).candidates;
}

if (require.main === module) {
  const out: Record<string, unknown> = {};
  for (const [name, texts] of Object.entries(namesGoldenCorpora())) out[name] = namesGolden(texts);
  process.stdout.write(JSON.stringify(out, null, 1));
}
