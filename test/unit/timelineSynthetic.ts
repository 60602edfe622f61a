// A timeline model of archive size without reading an archive: `articles` articles over ten years
// and about ten dated events per article (days, months, years and ranges, some far back), with
// labels and details as long as the model lets them be, so size checks see the worst case.
import type { TimelineActor, TimelineItem, TimelineModel } from '../../src/core/timeline';
import { isoDate, dayNumber } from '../../src/core/timeline';
import { seededRandom } from '../seededRandom';

const LABEL = 'Op 3 februari sprak de minister van Buitenlandse Zaken in Genève met de VN-gezant over een staakt-het-vuren, dat volgens waarnemers nog ver weg is; de oppositie reageerde kritisch en de markten nauwelijks. ';
const DETAIL = `${LABEL}${LABEL}`;

export function syntheticTimelineModel(articles: number, eventsPerArticle = 10): TimelineModel {
  const next = seededRandom(articles);
  const actorCount = Math.max(50, Math.floor(articles / 20));
  const actors: TimelineActor[] = Array.from({ length: Math.min(actorCount, 200) }, (_, n) => ({ id: `person-${n}`, name: `Persoon ${n}`, type: 'person', articles: 1000 - n }));
  const actorIds = Array.from({ length: actorCount }, (_, n) => `person-${n}`);
  const label = LABEL.slice(0, 200);
  const detail = DETAIL.slice(0, 300);
  const firstDay = dayNumber('2015-01-01');
  const items: TimelineItem[] = [];
  for (let a = 0; a < articles; a++) {
    const path = `archief/${String(a).padStart(6, "0")}-een-lange-bestandsnaam-voor-dit-artikel.txt`;
    const day = firstDay + Math.floor(next() * 3650);
    const month = isoDate(day).slice(0, 8) + '01';
    const itemActors = Array.from({ length: 8 }, () => actorIds[Math.floor(next() * actorIds.length)]);
    items.push({ id: `a:${path}`, kind: 'article', start: month, precision: 'month', label, detail, path, offset: 120, actors: itemActors, ...(a % 7 === 0 ? { inferred: true } : {}) });
    for (let e = 0; e < eventsPerArticle; e++) {
      const roll = next();
      // most events near the article's date, some far back in history
      const eventDay = roll < 0.05 ? dayNumber('1900-01-01') + Math.floor(next() * 40_000) : day - 60 + Math.floor(next() * 120);
      const iso = isoDate(eventDay);
      const offset = 200 + e * 300;
      const base = { id: `e:${path}:${offset}`, kind: 'event' as const, label, detail, path, offset, actors: itemActors.slice(0, 3) };
      if (roll < 0.1) items.push({ ...base, start: `${iso.slice(0, 4)}-01-01`, precision: 'year' });
      else if (roll < 0.25) items.push({ ...base, start: `${iso.slice(0, 8)}01`, precision: 'month' });
      else if (roll < 0.3) items.push({ ...base, start: iso, end: isoDate(eventDay + 2 + Math.floor(next() * 12)), precision: 'day' });
      else items.push({ ...base, start: iso, precision: 'day' });
    }
  }
  // the model's order (start, articles first, path, offset), by a numeric key: paths ascend with
  // the article number and offsets with the event number
  const key = Float64Array.from(items, (item, n) => dayNumber(item.start) * 4e7 + (item.kind === 'article' ? 0 : 2e7) + n);
  const order = Array.from(items.keys()).sort((a, b) => key[a] - key[b]);
  const sorted = order.map((n) => items[n]);
  let last = sorted[0].start;
  for (const item of sorted) if ((item.end ?? item.start) > last) last = item.end ?? item.start;
  return { items: sorted, actors, range: { start: sorted[0].start, end: last }, undatedArticles: Math.floor(articles / 20) };
}
