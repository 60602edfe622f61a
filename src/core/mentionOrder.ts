// Where Go to Definition and Find All References lead: an entity's mentions in the order of the
// articles (by month, undated last, then path, as the snapshot lists them) and of the text, the
// first of them being the entity's first mention. The articles' order is read once per snapshot;
// an entity's mentions are sorted when first asked and kept.

import type { CorpusSnapshot } from './corpus';
import { perSnapshot } from './snapshotCache';
import { partitionPoint } from './sortedSearch';
import type { ArticleView, Entity, Mention } from './types';

export class MentionOrder {
  private readonly rankOf = new Map<string, number>();
  private readonly sorted = new Map<string, readonly Mention[]>();

  /** `articles` in the snapshot's order. */
  constructor(articles: readonly ArticleView[]) {
    articles.forEach((article, rank) => this.rankOf.set(article.path, rank));
  }

  /** Every mention of the entity in an article of the snapshot, first article first, in text order within one. */
  mentionsOf(entity: Entity): readonly Mention[] {
    let mentions = this.sorted.get(entity.id);
    if (!mentions) {
      mentions = entity.mentions
        .filter((mention) => this.rankOf.has(mention.path))
        .sort((a, b) => this.rankOf.get(a.path)! - this.rankOf.get(b.path)! || a.start - b.start);
      this.sorted.set(entity.id, mentions);
    }
    return mentions;
  }

  firstMention(entity: Entity): Mention | undefined {
    return this.mentionsOf(entity)[0];
  }
}

/** The snapshot's MentionOrder, made once per snapshot. */
export const mentionOrderOf = perSnapshot((snapshot: Pick<CorpusSnapshot, 'articles'>) => new MentionOrder(snapshot.articles));

/** Line and character (UTF-16) of offsets in one text, from its line starts (\n, \r\n and \r end a line, as in VS Code). */
export class LinePositions {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (code === 10 || code === 13) this.lineStarts.push(i + 1);
    }
  }

  positionAt(offset: number): { line: number; character: number } {
    const line = partitionPoint(this.lineStarts.length, (i) => this.lineStarts[i] <= offset) - 1;
    return { line, character: offset - this.lineStarts[line] };
  }
}
