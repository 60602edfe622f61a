// Paints one frame of the timeline on its canvas: the axis, the two lanes laid out by layout.ts,
// and the hover and focus marks, in the theme's colours. Returns the hit geometry of what it drew.
import { articleLane, type DaySpan } from '../../src/core/timelineView';
import type { TimelineSummary, TimelineWindow } from '../../src/core/timelineWindow';
import { axisTicks, type Formats } from './axis';
import { itemRect, layoutArticles, layoutEvents, type Frame, type Hit, type Label, type Rect } from './layout';
import { dayToPixel } from './viewport';

export const AXIS_HEIGHT = 30;
const LANE_LABEL_HEIGHT = 18;
/** the Articles lane takes at most this share of the height below the axis */
const ARTICLE_LANE_SHARE = 0.45;
const MIN_TICK_SPACING = 80;

export interface Colors {
  background: string;
  foreground: string;
  muted: string;
  grid: string;
  border: string;
  article: string;
  event: string;
  focus: string;
  contrast: string;
  font: string;
  boldFont: string;
}

export function readColors(): Colors {
  const style = getComputedStyle(document.documentElement);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const foreground = variable('--vscode-foreground', getComputedStyle(document.body).color);
  const family = variable('--vscode-font-family', 'sans-serif');
  const size = variable('--vscode-font-size', '13px');
  return {
    background: variable('--vscode-editor-background', getComputedStyle(document.body).backgroundColor),
    foreground,
    muted: variable('--vscode-descriptionForeground', foreground),
    grid: variable('--vscode-editorIndentGuide-background1', variable('--vscode-panel-border', foreground)),
    border: variable('--vscode-panel-border', variable('--vscode-editorIndentGuide-background1', foreground)),
    article: variable('--vscode-charts-blue', '#3794ff'),
    // charts.orange is translucent in the default themes and has no value in high contrast:
    // charts.yellow (the warning colour) is opaque in every theme
    event: variable('--vscode-charts-yellow', variable('--vscode-editorWarning-foreground', '#cca700')),
    focus: variable('--vscode-focusBorder', foreground),
    contrast: variable('--vscode-contrastBorder', ''),
    font: `${size} ${family}`,
    boldFont: `600 ${size} ${family}`,
  };
}

/** The height the Articles lane's content may take on a canvas this tall (the window request says it). */
export function articleLaneHeight(canvasHeight: number): number {
  return Math.max(0, Math.round((canvasHeight - AXIS_HEIGHT) * ARTICLE_LANE_SHARE) - LANE_LABEL_HEIGHT - 6);
}

export interface Scene {
  view: DaySpan;
  summary: TimelineSummary | null;
  window: TimelineWindow | null;
  hoveredId: string | null;
  focusedId: string | null;
  /** the stage has the keyboard focus: the focus mark is strong */
  focusVisible: boolean;
  /** the Events lane's label, with what it leaves out */
  articlesLabel: string;
  eventsLabel: string;
}

export interface Painter {
  /** Draws a frame; returns what was drawn where. */
  draw(scene: Scene): Hit[];
  /** The theme changed: colours and text widths are read again. */
  refresh(): void;
}

export function createPainter(canvas: HTMLCanvasElement, formats: Formats): Painter {
  const context = canvas.getContext('2d', { alpha: false })!;
  let colors = readColors();
  let widths = new Map<string, number>();
  const measure = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = context.measureText(text).width));
    return width;
  };

  function draw(scene: Scene): Hit[] {
    const started = performance.now();
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = colors.background;
    context.fillRect(0, 0, width, height);
    if (width === 0) return [];
    // text widths are kept for the labels in reach: a bounded cache
    if (widths.size > 20_000) widths = new Map();
    context.font = colors.font;
    context.textBaseline = 'middle';
    const frame: Frame = { toX: dayToPixel(scene.view, width), width, measure, formatNumber: (n) => formats.number.format(n) };

    // the Articles lane is as tall as its content needs at this zoom; the events take the rest
    const monthWidth = (30.44 * width) / (scene.view.end - scene.view.start);
    const busiestMonth = scene.summary?.busiestMonth ?? 0;
    const lane = articleLane(monthWidth, busiestMonth, articleLaneHeight(height));
    const articleTop = AXIS_HEIGHT;
    const eventTop = articleTop + LANE_LABEL_HEIGHT + lane.height + 6;

    drawAxis(scene.view, frame, height);
    context.fillStyle = colors.border;
    context.fillRect(0, eventTop, width, 1);
    const hits: Hit[] = [];
    if (scene.window && (scene.summary?.items ?? 0) > 0) {
      const articles = layoutArticles(scene.window, lane, busiestMonth, articleTop + LANE_LABEL_HEIGHT, frame);
      const events = layoutEvents(scene.window, eventTop + LANE_LABEL_HEIGHT, height - eventTop - LANE_LABEL_HEIGHT - 4, frame);
      paintArticles(articles);
      paintEvents(events);
      hits.push(...articles.hits, ...events.hits);
      highlight(hits, scene.hoveredId, 1, false);
      highlight(hits, scene.focusedId, 2, scene.focusVisible);
    }
    laneLabel(scene.articlesLabel, articleTop + 10);
    laneLabel(scene.eventsLabel, eventTop + 10);
    // The browser test reads this measure to report the draw time per zoom step.
    performance.clearMeasures('timeline-draw');
    performance.measure('timeline-draw', { start: started, end: performance.now() });
    return hits;
  }

  function drawAxis(view: DaySpan, frame: Frame, height: number): void {
    const { width, toX } = frame;
    context.fillStyle = colors.border;
    context.fillRect(0, AXIS_HEIGHT - 1, width, 1);
    let previousEnd = -Infinity;
    for (const tick of axisTicks(view, width / (view.end - view.start), MIN_TICK_SPACING, formats)) {
      const x = Math.round(toX(tick.day)) + 0.5;
      context.fillStyle = colors.grid;
      context.globalAlpha = tick.major ? 0.9 : 0.45;
      context.fillRect(x - 0.5, AXIS_HEIGHT, 1, height - AXIS_HEIGHT);
      context.globalAlpha = 1;
      context.fillStyle = tick.major ? colors.foreground : colors.muted;
      context.fillRect(x - 0.5, AXIS_HEIGHT - 7, 1, 6);
      if (x < 0) continue;
      context.font = tick.major ? colors.boldFont : colors.font;
      const labelX = x + 4;
      const labelEnd = labelX + context.measureText(tick.label).width;
      // a label without room before the edge (or the label before it) is left out, never cut
      if (labelEnd > width - 2 || labelX < previousEnd + 6) continue;
      context.fillText(tick.label, labelX, AXIS_HEIGHT / 2 - 2);
      previousEnd = labelEnd;
    }
    context.font = colors.font;
  }

  function laneLabel(text: string, y: number): void {
    context.font = colors.boldFont;
    const width = context.measureText(text).width;
    context.fillStyle = colors.background;
    context.globalAlpha = 0.85;
    context.fillRect(4, y - 8, width + 8, 16);
    context.globalAlpha = 1;
    context.fillStyle = colors.muted;
    context.fillText(text, 8, y);
    context.font = colors.font;
  }

  function paintArticles(shapes: ReturnType<typeof layoutArticles>): void {
    const chips = path(shapes.chips);
    const blocks = path(shapes.blocks);
    const inferred = path(shapes.inferred);
    context.fillStyle = colors.article;
    context.globalAlpha = 0.3;
    context.fill(chips);
    context.globalAlpha = 1;
    context.fill(path(shapes.edges));
    context.globalAlpha = 0.85;
    context.fill(blocks);
    context.globalAlpha = 0.18;
    context.fill(inferred);
    context.globalAlpha = 1;
    context.strokeStyle = colors.article;
    context.setLineDash([3, 2]);
    context.lineWidth = 1;
    context.stroke(inferred);
    context.setLineDash([]);
    if (colors.contrast) {
      context.strokeStyle = colors.contrast;
      context.stroke(blocks);
      context.stroke(chips);
    }
    context.fillStyle = colors.foreground;
    for (const label of shapes.titles) clippedText(label);
    notes(shapes.notes);
  }

  function paintEvents(shapes: ReturnType<typeof layoutEvents>): void {
    const dots = new Path2D();
    for (const { x, y } of shapes.dots) {
      dots.moveTo(x + 4, y);
      dots.arc(x, y, 4, 0, 2 * Math.PI);
    }
    const bars = path(shapes.bars);
    const vague = path(shapes.vague);
    const buckets = path(shapes.buckets);
    // Bars carry their label over them, so they are translucent: light for a month or a year (vague),
    // stronger for an explicit range; day events are solid dots; counted events a histogram
    context.fillStyle = colors.event;
    context.strokeStyle = colors.event;
    context.lineWidth = 1;
    context.globalAlpha = 0.22;
    context.fill(vague);
    context.globalAlpha = 0.45;
    context.fill(bars);
    context.globalAlpha = 0.6;
    context.fill(buckets);
    context.globalAlpha = 1;
    context.stroke(vague);
    context.stroke(bars);
    context.fill(dots);
    if (colors.contrast) {
      context.strokeStyle = colors.contrast;
      context.stroke(dots);
      context.stroke(bars);
      context.stroke(buckets);
    }
    context.fillStyle = colors.foreground;
    for (const label of shapes.labels) clippedText(label);
    notes(shapes.notes);
  }

  function notes(labels: readonly Label[]): void {
    context.fillStyle = colors.muted;
    context.textAlign = 'center';
    for (const { x, y, text } of labels) context.fillText(text, x, y);
    context.textAlign = 'start';
  }

  /** Text cut with an ellipsis to its room; the cut is estimated from the full width and corrected in few steps. */
  function clippedText({ x, y, room, text, width }: Label): void {
    if (room < 12) return;
    const fullWidth = width ?? measure(text);
    if (fullWidth <= room) {
      context.fillText(text, x, y);
      return;
    }
    let length = Math.floor((text.length * room) / fullWidth);
    while (length > 0 && context.measureText(`${text.slice(0, length)}…`).width > room) length = Math.floor(length * 0.9);
    context.fillText(`${text.slice(0, length).trimEnd()}…`, x, y);
  }

  function highlight(hits: readonly Hit[], id: string | null, lineWidth: number, strong: boolean): void {
    const rect = id === null ? undefined : itemRect(hits, id);
    if (!rect) return;
    context.strokeStyle = strong || lineWidth > 1 ? colors.focus : colors.foreground;
    context.lineWidth = lineWidth;
    context.globalAlpha = strong ? 1 : 0.8;
    context.strokeRect(rect[0] - 2, rect[1] - 2, rect[2] - rect[0] + 4, rect[3] - rect[1] + 4);
    context.globalAlpha = 1;
    context.lineWidth = 1;
  }

  return {
    draw,
    refresh: () => {
      colors = readColors();
      widths = new Map();
    },
  };
}

function path(rects: readonly Rect[]): Path2D {
  const result = new Path2D();
  for (const [x0, y0, x1, y1] of rects) result.rect(x0, y0, x1 - x0, y1 - y0);
  return result;
}
