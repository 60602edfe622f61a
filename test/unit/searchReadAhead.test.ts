import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { analyseText, knownSpellingsMatcher, searchSpellings, type FileAnalysis } from '../../src/core/analysis';
import { Corpus } from '../../src/core/corpus';
import { loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { DEFAULT_STEMMING } from '../../src/core/search';
import { keepReadAhead, readAhead } from '../../src/core/searchReadAhead';
import { TermReader } from '../../src/core/searchTerms';
import { analysisFromText, analysisText } from '../../src/node/analysisText';
import { syntheticArchive } from '../../scripts/syntheticArchive';

const knowledgeBase = loadKnowledgeBase();
const matcher = knownSpellingsMatcher(knowledgeBase);

/** Articles as a worker hands them over: the analysis as text, its terms read by the worker's own reader, cloned. */
function handedOver(files: { path: string; text: string }[], reader: TermReader | undefined): FileAnalysis[] {
  return files.map(({ path, text }) => {
    const article = analyseText(path, text, matcher);
    const analysis = analysisFromText(analysisText({ path, article }));
    if (reader) {
      const read = readAhead(reader, { title: article.parsed.title, sentences: article.parsed.sentences, actors: searchSpellings(article.candidates) });
      keepReadAhead(analysis.article!.parsed.sentences, deserialize(serialize(read)));
    }
    return analysis;
  });
}

function indexedCorpus(analyses: FileAnalysis[], entitiesText: string | null = null): Corpus {
  const corpus = new Corpus({ knowledgeBase });
  if (entitiesText !== null) corpus.setUserEntities(entitiesText);
  corpus.indexForSearch(0);
  for (const analysis of analyses) corpus.addAnalysis(analysis, null);
  return corpus;
}

const plain = (corpus: Corpus) => JSON.stringify(corpus.searchIndexState(), (_, value) => (value instanceof Uint32Array ? [...value] : value));

test('terms read ahead in a worker build exactly the index the corpus builds itself', () => {
  const files = syntheticArchive(120);
  // Some articles changed and read again, with the same reader: its remembered words carry over.
  const again = files.slice(0, 30).map((file) => ({ path: file.path, text: `${file.text}\nDe wethouder van Genève sprak in Tripoli.` }));
  const reader = new TermReader(DEFAULT_STEMMING);
  const ahead = indexedCorpus([...handedOver(files, reader), ...handedOver(again, reader)]);
  const itself = indexedCorpus([...handedOver(files, undefined), ...handedOver(again, undefined)]);
  assert.ok(plain(ahead).length > 10_000);
  assert.equal(plain(ahead), plain(itself));
  assert.deepEqual(ahead.snapshot().search('Tripoli wethouder', 10), itself.snapshot().search('Tripoli wethouder', 10));
});

test('terms read from other names or another title are not taken: the index reads the article itself', () => {
  // As when the corpus finds the names again (its entities file is not the one the worker had).
  const files = syntheticArchive(40);
  const reader = new TermReader(DEFAULT_STEMMING);
  const analyses = files.map(({ path, text }, i) => {
    const article = analyseText(path, text, matcher);
    const analysis = analysisFromText(analysisText({ path, article }));
    const other = i % 2 === 0
      ? { title: article.parsed.title, actors: [...searchSpellings(article.candidates), 'Wethouder Jansen'] }
      : { title: `${article.parsed.title} Zwolle`, actors: searchSpellings(article.candidates) };
    keepReadAhead(analysis.article!.parsed.sentences, readAhead(reader, { ...other, sentences: article.parsed.sentences }));
    return analysis;
  });
  assert.equal(plain(indexedCorpus(analyses)), plain(indexedCorpus(handedOver(files, undefined))));
});

test('terms read with another stemming are not taken', () => {
  const files = syntheticArchive(20);
  const ahead = indexedCorpus(handedOver(files, new TermReader(!DEFAULT_STEMMING)));
  const itself = indexedCorpus(handedOver(files, undefined));
  assert.equal(plain(ahead), plain(itself));
});
