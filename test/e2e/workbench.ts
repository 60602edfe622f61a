// What a person does in the VS Code workbench, as Playwright steps: open a view, run a palette
// command, read tree rows, hover a word. Selectors are the workbench's own (see
// /work/shared/docs/real-vscode-offline.md); titles come from the extension's package.nls.json.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchWorkbenchBrowser, repoRoot, startCodeServer, vsixPath, type RunningCodeServer } from './codeServer';

export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/**
 * A `step(id, name, body)` that registers a test saving the screenshot `<prefix><id>-failure` when
 * it fails, so a headless failure can be looked at. `page` is read when the step runs, after
 * before() opened it.
 */
export function stepsWithFailureScreenshots(page: () => Page, timeout = 120_000, prefix = '') {
  return (id: string, name: string, body: () => Promise<void>): void => {
    test(name, { timeout }, async () => {
      try {
        await body();
      } catch (error) {
        await screenshot(page(), `${prefix}${id}-failure`).catch(() => undefined);
        throw error;
      }
    });
  };
}

/** The English title of a command as the palette and the view title show it. */
export function commandTitle(commandId: string): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string; title: string; category?: string }[] };
  };
  const command = manifest.contributes.commands.find((c) => c.command === commandId);
  if (!command) throw new Error(`package.json contributes no command ${commandId}`);
  return localized(command.title);
}

function localized(title: string): string {
  const key = /^%(.+)%$/.exec(title)?.[1];
  if (!key) return title;
  const strings = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const value = strings[key];
  if (value === undefined) throw new Error(`package.nls.json has no "${key}"`);
  return value;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * What every suite starts with: code-server on `workspace` with the packaged extension installed
 * (its user data under `root`), and chromium showing the workbench. Stops the server when the
 * browser cannot start, so a failed before() leaves nothing running.
 */
export async function openWorkbench(root: string, workspace: string, settings?: Record<string, unknown>): Promise<{ server: RunningCodeServer; browser: Browser; page: Page }> {
  const server = await startCodeServer({ runDir: join(root, 'run'), workspace, vsix: vsixPath, settings });
  try {
    const { browser, page } = await launchWorkbenchBrowser();
    await page.goto(server.folderUrl());
    await waitForWorkbench(page);
    return { server, browser, page };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Waits until the workbench shows the Dossier entry, i.e. the extension's contributions loaded. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.statusbar').waitFor({ timeout: 60_000 });
  await page.locator('.activitybar a.action-label[aria-label^="Dossier"]').waitFor({ timeout: 60_000 });
}

/** Runs a command from the palette by its title, like a person typing it and picking it. */
export async function runFromPalette(page: Page, category: string, title: string): Promise<void> {
  const label = `${category}: ${title}`;
  const input = page.locator('.quick-input-widget input');
  // The palette also lists fuzzy matches ("File: Compare New Untitled Text Files"): pick the
  // row whose label is exactly the command's.
  const row = page.locator('.quick-input-list .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }),
  }).first();
  // While the workbench is still starting, keybindings may not work yet and the palette may lose
  // focus and close: open it again until the command can be picked.
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await input.isVisible())) await page.keyboard.press('Control+Shift+P');
      await input.fill(`>${label}`, { timeout: 3_000 });
      await row.click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 8) throw error;
    }
  }
}

/** Closes every editor; unsaved scratch text is discarded ("Don't Save"). */
export async function closeAllEditors(page: Page): Promise<void> {
  await runFromPalette(page, 'View', 'Close All Editors');
  const dontSave = page.locator('.monaco-dialog-box').getByRole('button', { name: "Don't Save" });
  const tabs = page.locator('.editor-group-container .tab');
  // Either the editors close or VS Code asks about unsaved text.
  await Promise.race([
    dontSave.waitFor({ timeout: 10_000 }).then(() => dontSave.click()),
    tabs.first().waitFor({ state: 'detached', timeout: 10_000 }),
  ]).catch(() => undefined);
  await tabs.first().waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * Clicks the Dossier entry of the activity bar (unless its view is showing) and waits up to
 * `rowsTimeout` ms for rows (a benchmark's large archive takes longer).
 */
export async function openDossierView(page: Page, rowsTimeout = 60_000): Promise<void> {
  const entry = page.locator('.activitybar a.action-label[aria-label^="Dossier"]');
  await entry.waitFor({ timeout: 60_000 });
  const title = page.locator('.sidebar .composite.title', { hasText: 'Dossier' });
  const active = page.locator('.activitybar li.action-item.checked a.action-label[aria-label^="Dossier"]');
  // Clicking the entry of the view that is showing would close the sidebar, and after a reload
  // the workbench may still be restoring it: click only while the entry is not the active one.
  for (let waited = 0; !(await title.isVisible()); waited += 500) {
    if (waited > 30_000) await title.waitFor({ timeout: 1 });
    if (!(await active.isVisible())) await entry.click();
    await page.waitForTimeout(500);
  }
  await page.locator('.sidebar').getByRole('treeitem').first().waitFor({ timeout: rowsTimeout });
}

export interface TreeRow {
  label: string;
  description: string;
  /** the number in the description, or NaN */
  count: number;
  level: number;
  expanded: boolean | undefined;
}

/** The visible rows of the sidebar tree, top to bottom. */
export async function treeRows(page: Page): Promise<TreeRow[]> {
  // The list renders rows in any DOM order; data-index is their place in the tree.
  return page.locator('.sidebar').getByRole('treeitem').evaluateAll((rows) =>
    [...rows].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'))).map((row) => {
      const label = row.querySelector('.label-name')?.textContent?.trim() ?? '';
      const description = row.querySelector('.label-description')?.textContent?.trim() ?? '';
      const expanded = row.getAttribute('aria-expanded');
      return {
        label,
        description,
        count: Number(/\d+/.exec(description)?.[0] ?? NaN),
        level: Number(row.getAttribute('aria-level') ?? 0),
        expanded: expanded === null ? undefined : expanded === 'true',
      };
    }),
  );
}

/** A tree row by its exact label (rows are rendered lazily: it must be scrolled into view). */
export function treeRow(page: Page, label: string): Locator {
  return page.locator('.sidebar').getByRole('treeitem').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }),
  });
}

/**
 * Expands the row by its label. The row is looked up afresh while waiting: a tree refresh (the
 * index announcing a change) replaces its element, and a click that landed on the old one is lost,
 * so it is clicked again. It returns once the first child row is shown (every row it expands has one).
 */
export async function expandRow(page: Page, label: string): Promise<void> {
  const row = treeRow(page, label).first();
  const expanded = row.and(page.locator('[aria-expanded="true"]'));
  for (let attempt = 1; ; attempt++) {
    await row.waitFor();
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    try {
      await expanded.waitFor({ timeout: 10_000 });
      // The children arrive after the row says it is expanded: wait for the first one. (No named
      // functions in page code: the test's compiler wraps them in a helper the page lacks.)
      await page.waitForFunction((element) => {
        const next = element.parentElement?.querySelector(`[data-index="${Number(element.getAttribute('data-index')) + 1}"]`);
        return !!next && Number(next.getAttribute('aria-level')) > Number(element.getAttribute('aria-level'));
      }, await expanded.elementHandle(), { timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Clicks the entry `label` of the open context menu. A menu ignores a click that comes right after
 * it opened: click until it closes.
 */
export async function clickMenuItem(page: Page, label: string): Promise<void> {
  const menuItem = page.locator('.context-view .monaco-menu .action-label', { hasText: label });
  await menuItem.waitFor();
  for (let attempt = 1; await menuItem.isVisible(); attempt++) {
    await menuItem.click({ timeout: 5_000 }).catch(() => undefined);
    await menuItem.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
    if (attempt >= 8) throw new Error(`the context menu does not take the click on "${label}"`);
  }
}

/** Clicks an action in the Dossier view's title bar by its title. */
export async function clickViewAction(page: Page, title: string): Promise<void> {
  await page.locator('.sidebar').hover();
  await page.locator(`.sidebar .title-actions a.action-label[aria-label="${title}"], .sidebar .pane-header .actions a.action-label[aria-label="${title}"]`).first().click();
}

/** Moves the mouse onto `word` in the focused editor, as a person pointing at it. */
export async function hoverWord(page: Page, word: string): Promise<void> {
  const box = await page.locator('.editor-instance .monaco-editor.focused .view-lines').evaluate((lines, target) => {
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // The editor renders spaces as non-breaking spaces.
      const text = (node.textContent ?? '').replace(/\u00a0/g, ' ');
      const at = text.indexOf(target);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2 - 1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** File names of the open editor tabs (a tab's label shows the extension in a separate element). */
export async function openTabNames(page: Page): Promise<string[]> {
  return page.locator('.editor-group-container .tab').evaluateAll((tabs) =>
    tabs.map((tab) => (tab.getAttribute('aria-label') ?? '').split(', ')[0] ?? ''));
}

/** Waits until a tab for one of `files` is open and returns its name. */
export async function waitForTabOf(page: Page, files: string[], timeout = 30_000): Promise<string | undefined> {
  const deadline = Date.now() + timeout;
  do {
    const open = (await openTabNames(page)).find((name) => files.includes(name));
    if (open) return open;
    await page.waitForTimeout(250);
  } while (Date.now() < deadline);
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
