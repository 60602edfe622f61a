// Serves the real timeline page (same HTML and Content-Security-Policy as the extension, the
// esbuild bundle of media/timeline/main.ts) to headless Chromium, with a stand-in for the
// acquireVsCodeApi() that VS Code injects, the extension's own TimelineHost answering the page's
// requests as the panel does, and a stylesheet of --vscode-* theme variables.
import { after, before } from 'node:test';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { timelinePageHtml } from '../../media/timeline/page';
import { TIMELINE_STRINGS, type ExtensionMessage, type WebviewMessage } from '../../media/timeline/protocol';
import type { TimelineModel } from '../../src/core/timeline';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** node:test's `skip` for the webview tests: why they cannot run here, or false. */
export const skipWithoutChromium = existsSync(CHROMIUM_PATH) ? false : `Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH): webview tests skipped`;

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const FONT = '-apple-system, BlinkMacSystemFont, "Segoe WPC", "Segoe UI", "Ubuntu", "Droid Sans", sans-serif';

/** The variables the timeline uses, with the values of VS Code's default themes. */
export const THEMES = {
  dark: {
    bodyClass: 'vscode-dark',
    variables: {
      'editor-background': '#1f1f1f', foreground: '#cccccc', descriptionForeground: '#9d9d9d',
      'charts-blue': '#3794ff', 'charts-orange': '#ea5c0055', 'charts-yellow': '#cca700', focusBorder: '#0078d4', 'panel-border': '#2b2b2b',
      'editorIndentGuide-background1': '#404040', 'dropdown-background': '#313131', 'dropdown-foreground': '#cccccc',
      'dropdown-border': '#3c3c3c', 'editorHoverWidget-background': '#202020', 'editorHoverWidget-border': '#454545',
      'editorHoverWidget-foreground': '#cccccc', 'toolbar-hoverBackground': 'rgba(90, 93, 94, 0.31)',
      'icon-foreground': '#cccccc', 'widget-shadow': 'rgba(0, 0, 0, 0.36)', 'font-family': FONT, 'font-size': '13px',
    },
  },
  light: {
    bodyClass: 'vscode-light',
    variables: {
      'editor-background': '#ffffff', foreground: '#3b3b3b', descriptionForeground: '#616161',
      'charts-blue': '#1a85ff', 'charts-orange': '#ea5c0055', 'charts-yellow': '#bf8803', focusBorder: '#005fb8', 'panel-border': '#e5e5e5',
      'editorIndentGuide-background1': '#d3d3d3', 'dropdown-background': '#ffffff', 'dropdown-foreground': '#3b3b3b',
      'dropdown-border': '#cecece', 'editorHoverWidget-background': '#f8f8f8', 'editorHoverWidget-border': '#c8c8c8',
      'editorHoverWidget-foreground': '#3b3b3b', 'toolbar-hoverBackground': 'rgba(184, 184, 184, 0.31)',
      'icon-foreground': '#3b3b3b', 'widget-shadow': 'rgba(0, 0, 0, 0.16)', 'font-family': FONT, 'font-size': '13px',
    },
  },
  highContrast: {
    bodyClass: 'vscode-high-contrast',
    variables: {
      'editor-background': '#000000', foreground: '#ffffff', descriptionForeground: '#ffffff',
      // VS Code gives charts.orange no value in high contrast (it derives from a find-match colour
      // that is null there), so the variable is missing, as here
      'charts-blue': '#59a4f9', 'charts-yellow': '#ffd370', focusBorder: '#f38518', 'panel-border': '#6fc3df',
      'contrastBorder': '#6fc3df', 'editorIndentGuide-background1': '#ffffff', 'dropdown-background': '#000000',
      'dropdown-foreground': '#ffffff', 'dropdown-border': '#6fc3df', 'editorHoverWidget-background': '#0c141f',
      'editorHoverWidget-border': '#6fc3df', 'icon-foreground': '#ffffff', 'font-family': FONT, 'font-size': '13px',
    },
  },
} as const;
export type ThemeName = keyof typeof THEMES;

function themeCss(name: ThemeName): string {
  const lines = Object.entries(THEMES[name].variables).map(([key, value]) => `  --vscode-${key}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

interface TimelineServer {
  origin: string;
  close(): Promise<void>;
}

/** Bundles the webview in memory and serves it with the extension's page and CSP. */
async function serveTimeline(): Promise<TimelineServer> {
  const bundle = await esbuild.build({
    entryPoints: ['media/timeline/main.ts'], bundle: true, platform: 'browser', format: 'iife', target: 'es2022',
    write: false, outdir: 'out', minify: true, logLevel: 'silent',
  });
  const assets = new Map<string, { type: string; body: string | Buffer }>();
  for (const file of bundle.outputFiles) {
    const name = file.path.endsWith('.css') ? 'timeline.css' : 'timeline.js';
    assets.set(`/${name}`, { type: name.endsWith('.css') ? 'text/css' : 'text/javascript', body: file.text });
  }
  assets.set('/codicon.css', { type: 'text/css', body: readFileSync('node_modules/@vscode/codicons/dist/codicon.css') });
  assets.set('/codicon.ttf', { type: 'font/ttf', body: readFileSync('node_modules/@vscode/codicons/dist/codicon.ttf') });
  for (const name of Object.keys(THEMES) as ThemeName[]) assets.set(`/theme-${name}.css`, { type: 'text/css', body: themeCss(name) });

  const host = await esbuild.build({
    stdin: { contents: "import { TimelineHost } from './media/timeline/host'; import { parseWebviewMessage } from './media/timeline/protocol'; Object.assign(window, { __TimelineHost: TimelineHost, __parseWebviewMessage: parseWebviewMessage });", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, platform: 'browser', format: 'iife', target: 'es2022', write: false, minify: true, logLevel: 'silent',
  });
  hostScript = host.outputFiles[0].text;

  let nonceCounter = 0;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      const theme = (url.searchParams.get('theme') ?? 'dark') as ThemeName;
      const nonce = `nonce${++nonceCounter}${Math.random().toString(36).slice(2)}`;
      const html = timelinePageHtml({
        cspSource: origin, nonce, scriptUri: `${origin}/timeline.js`,
        styleUris: [`${origin}/theme-${theme}.css`, `${origin}/codicon.css`, `${origin}/timeline.css`],
        language: url.searchParams.get('lang') ?? 'nl', strings: TIMELINE_STRINGS,
      }).replace('<body ', `<body class="${THEMES[theme]?.bodyClass ?? ''}" `);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
      return;
    }
    const asset = assets.get(url.pathname);
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!asset) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': asset.type });
    response.end(asset.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The bundle of media/timeline/host.ts, run in the page as the extension side (set by serveTimeline). */
let hostScript = '';

export interface TimelineBrowser {
  /** the origin the page is served from (its CSP source) */
  origin(): string;
  open(options?: PageOptions): Promise<TimelinePage>;
}

/** One page server and one headless Chromium for a test file, started before its tests and closed after. */
export function useTimelineBrowser(): TimelineBrowser {
  let server: TimelineServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    if (skipWithoutChromium) return;
    server = await serveTimeline();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    origin: () => server!.origin,
    open: (options) => openTimelinePage(browser!, server!, options),
  };
}

/**
 * What VS Code injects into a webview, kept in sessionStorage so setState() survives a reload; and
 * the extension's side: a TimelineHost that answers window and step requests a moment later (the
 * panel's messages are asynchronous too), checked by the same parseWebviewMessage.
 */
const FAKE_VSCODE_API = `
  window.__posted = [];
  window.__violations = [];
  window.__lastActivity = 0;
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + event.blockedURI));
  let state = JSON.parse(sessionStorage.getItem('vscodeState') ?? 'null');
  const host = new window.__TimelineHost();
  const reply = (message) => setTimeout(() => {
    window.__lastActivity = performance.now();
    window.postMessage(message, '*');
  }, 5);
  window.__loadModel = (model, actorId) => {
    host.setModel(model);
    reply(host.overview(actorId));
  };
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => {
      window.__lastActivity = performance.now();
      const copy = JSON.parse(JSON.stringify(message));
      const parsed = window.__parseWebviewMessage(copy);
      if (parsed && (parsed.type === 'window' || parsed.type === 'step')) reply(host.answer(parsed));
      else window.__posted.push(copy);
    },
    getState: () => state,
    setState: (value) => { state = value; sessionStorage.setItem('vscodeState', JSON.stringify(value)); },
  });
`;

/** Records the text the canvas draws in the last frame: what a person reads on the timeline. */
const TEXT_RECORDER = `
  window.__drawnText = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  const clearRect = CanvasRenderingContext2D.prototype.fillRect;
  CanvasRenderingContext2D.prototype.fillRect = function (x, y, w, h) {
    // the frame starts by painting the whole canvas: forget the previous frame's text
    if (x === 0 && y === 0 && w >= this.canvas.clientWidth && h >= this.canvas.clientHeight) window.__drawnText = [];
    return clearRect.call(this, x, y, w, h);
  };
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y) {
    const width = this.measureText(text).width;
    const left = this.textAlign === 'center' ? x - width / 2 : x;
    window.__drawnText.push({ text: String(text), left, right: left + width, y, canvasWidth: this.canvas.clientWidth });
    return fillText.call(this, text, x, y);
  };
`;

export interface DrawnText {
  text: string;
  left: number;
  right: number;
  y: number;
  canvasWidth: number;
}

export interface TimelinePage {
  page: Page;
  /** console errors and uncaught exceptions */
  errors: string[];
  /** what the page posted to the extension, but the window and step requests the host answered */
  posted(): Promise<WebviewMessage[]>;
  violations(): Promise<string[]>;
  send(message: ExtensionMessage): Promise<void>;
  /** gives the host a model (as the panel does after indexing) and waits until the page has drawn it */
  load(model: TimelineModel, actorId?: string | null): Promise<void>;
  /** waits until the page and the host have stopped talking and the last frame is drawn */
  settle(): Promise<void>;
  /** presses a key and waits for the answers it asked for */
  press(key: string): Promise<void>;
  /** waits until the queued frame has been drawn */
  frame(): Promise<void>;
  savedState(): Promise<unknown>;
  /** the text drawn on the canvas in the last frame (with `recordText`) */
  drawnText(): Promise<DrawnText[]>;
}

/** Opens the page in a fresh context; the fake VS Code API keeps setState() across reloads. */
interface PageOptions {
  theme?: ThemeName;
  width?: number;
  height?: number;
  recordText?: boolean;
}

async function openTimelinePage(browser: Browser, server: TimelineServer, options: PageOptions = {}): Promise<TimelinePage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1000, height: options.height ?? 560 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // A string, not a function: tsx's name helpers would not exist in the page.
  await page.addInitScript(hostScript);
  await page.addInitScript(FAKE_VSCODE_API);
  if (options.recordText) await page.addInitScript(TEXT_RECORDER);
  await page.goto(`${server.origin}/?theme=${options.theme ?? 'dark'}`);
  const frame = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  // longer than the page waits before it asks for a window once the view rests (main.ts)
  const settle = async () => {
    await page.waitForTimeout(250);
    await page.waitForFunction(() => performance.now() - (window as unknown as { __lastActivity: number }).__lastActivity > 150, undefined, { polling: 50 });
    await frame();
  };
  return {
    page,
    errors,
    posted: () => page.evaluate(() => (window as unknown as { __posted: WebviewMessage[] }).__posted),
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    send: async (message) => {
      await page.evaluate((data) => window.postMessage(data, '*'), message);
      await frame();
      await settle();
    },
    load: async (model, actorId) => {
      await page.evaluate(([data, actor]) => (window as unknown as { __loadModel(model: unknown, actorId: unknown): void }).__loadModel(data, actor), [model, actorId] as const);
      await settle();
    },
    settle,
    press: async (key) => {
      await page.keyboard.press(key);
      await settle();
    },
    frame,
    savedState: () => page.evaluate(() => JSON.parse(sessionStorage.getItem('vscodeState') ?? 'null')),
    drawnText: () => page.evaluate(() => (window as unknown as { __drawnText: DrawnText[] }).__drawnText),
  };
}
