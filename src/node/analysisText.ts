// An analysis as a worker thread posts it: one string in the cache's compact form
// (analysisCacheCodec.ts). A structured clone of the object graph costs both threads more, the
// receiving one most, and that one also builds the corpus and the search index.
import type { FileAnalysis } from '../core/analysis';
import { decodeAnalysis, encodeAnalysis } from './analysisCacheCodec';

export type AnalysisText = string & { readonly analysisText: unique symbol };

export function analysisText(analysis: FileAnalysis): AnalysisText {
  return JSON.stringify(encodeAnalysis(analysis)) as AnalysisText;
}

export function analysisFromText(text: AnalysisText): FileAnalysis {
  return decodeAnalysis(JSON.parse(text));
}
