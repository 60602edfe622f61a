// End-to-end: the timeline as a person first meets it, in a real VS Code (code-server) with the
// packaged extension, on a temp copy of seeds/: it opens on the articles with the 2011 events
// announced (not squeezing the rest), keeps its tab title and filter across a reload, filters by
// several actors and by months, and is readable in dark, light and high-contrast themes.
// Run: node --import tsx --test --test-reporter=spec test/e2e/timeline.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import type { FrameLocator, Locator } from 'playwright-core';
import { Corpus } from '../../src/core/corpus';
import { buildTimeline, filterTimeline, type TimelineModel } from '../../src/core/timeline';
import { commandTitle, runFromPalette, screenshot, waitForWorkbench, stepsWithFailureScreenshots } from './workbench';
import { suiteWorkbench } from './suiteWorkbench';

/** The timeline the workspace's files make, by the same core the extension runs (for counts). */
function workspaceTimeline(folder: string): TimelineModel {
  const corpus = new Corpus();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) corpus.upsertFile(name, readFileSync(join(folder, name)));
  const snapshot = corpus.snapshot();
  return buildTimeline(snapshot.articles, snapshot.events, snapshot.entities);
}

/** Horizontal extent (share of the canvas width) of the pixels drawn in the articles' blue. */
async function articleSpread(canvas: Locator): Promise<{ from: number; to: number }> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { width, height } = element;
    const pixels = element.getContext('2d')!.getImageData(0, 0, width, height).data;
    let from = width;
    let to = 0;
    for (let y = 0; y < height; y += 2) {
      for (let x = 0; x < width; x += 2) {
        const i = (y * width + x) * 4;
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (b > r + 80 && b > g + 20) {
          from = Math.min(from, x);
          to = Math.max(to, x);
        }
      }
    }
    return { from: from / width, to: to / width };
  });
}

describe('the timeline in a real VS Code', () => {
  let model: TimelineModel;

  const webview = (): FrameLocator => workbench.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const timelineTab = () => workbench.page.locator('.editor-group-container .tab').filter({ has: workbench.page.locator('.label-name', { hasText: /Timeline/ }) });

  async function tabTitle(): Promise<string> {
    return (await timelineTab().first().locator('.label-name').innerText()).trim();
  }

  async function waitForTitle(title: string): Promise<void> {
    await workbench.page.waitForFunction(
      (expected) => [...document.querySelectorAll('.editor-group-container .tab .label-name')].some((label) => label.textContent?.trim() === expected),
      title, { timeout: 60_000 },
    );
  }

  async function waitForCount(count: number): Promise<void> {
    await webview().locator('.toolbar .count', { hasText: new RegExp(`^${count} items$`) }).waitFor({ timeout: 30_000 });
  }

  /** Ticks an actor in the filter list with the keyboard, as a person would (keys go to the focused element). */
  async function tickActor(search: string): Promise<void> {
    const frame = webview();
    await frame.locator('#actors').press('Enter');
    const box = frame.locator('.actor-search:focus');
    await box.pressSequentially(search);
    await box.press('ArrowDown');
    const check = frame.locator('.actor-option input:focus');
    await check.press('Space');
    await check.press('Escape');
    await frame.locator('#actors:focus').waitFor();
  }

  /** The tab's icon: the images the tab shows (as backgrounds, of an element or its ::before, or img). */
  function tabIcon(): Promise<string> {
    return timelineTab().first().evaluate((tab) => {
      const images: string[] = [];
      for (const element of [tab, ...tab.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before']) {
          const image = getComputedStyle(element, pseudo).backgroundImage;
          if (image && image !== 'none') images.push(image);
        }
        if (element instanceof HTMLImageElement) images.push(element.src);
      }
      return images.join(' ');
    });
  }

  /** Picks a colour theme as a person does: "Preferences: Color Theme", its name, Enter. */
  async function useTheme(theme: string, bodyClass: string): Promise<void> {
    await runFromPalette(workbench.page, 'Preferences', 'Color Theme');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.fill(theme);
    await workbench.page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: new RegExp(`^\\s*${theme}\\s*$`) }).first().click();
    await webview().locator(`body.${bodyClass}`).waitFor({ timeout: 30_000 });
  }

  const workbench = suiteWorkbench({
    prefix: 'dossier-timeline-', settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    prepare: (workspace) => {
      model = workspaceTimeline(workspace);
    },
  });

  const step = stepsWithFailureScreenshots(() => workbench.page, 150_000, 'timeline-');

  step('1', 'the first view covers the articles; the 2011 events are announced outside it, and one click away', async () => {
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.openTimeline'));
    const frame = webview();
    await waitForCount(model.items.length);
    const canvas = frame.locator('canvas');
    // the articles run from the left of the view to the right, not squeezed into a corner
    const spread = await articleSpread(canvas);
    assert.ok(spread.from < 0.2 && spread.to > 0.8, `articles drawn from ${(spread.from * 100).toFixed(0)}% to ${(spread.to * 100).toFixed(0)}% of the width`);
    const in2011 = model.items.filter((item) => item.start.startsWith('2011'));
    assert.ok(in2011.length > 0, 'the seeds mention 2011');
    const note = frame.locator('.footer .outside');
    const text = await note.innerText();
    const outside = Number(/^(\d+) items outside the view, before (\w+ \d{4})$/.exec(text)?.[1]);
    assert.ok(outside >= in2011.length && outside < model.items.length / 2, `the note says "${text}"`);
    await screenshot(workbench.page, 'timeline-1-first-view-dark');

    await note.click();
    await note.waitFor({ state: 'hidden' });
    const all = await articleSpread(canvas);
    assert.ok(all.to - all.from < spread.to - spread.from, 'showing everything makes room for 2011');
    await screenshot(workbench.page, 'timeline-1-everything');
    await frame.locator('.stage').focus();
    await workbench.page.keyboard.press('0');
  });

  step('2', 'filtered by an actor, the tab is named after it, also after a reload', async () => {
    const haftar = model.actors.find((actor) => actor.name === 'Khalifa Haftar')!;
    await tickActor('haftar');
    const count = filterTimeline(model, { actorIds: [haftar.id] }).items.length;
    await waitForCount(count);
    await waitForTitle('Timeline: Khalifa Haftar');
    // the list counts the actor's articles, as the tree does
    await webview().locator('#actors').click();
    assert.equal((await webview().locator('.actor-option:has(input:checked)').innerText()).trim(), `Khalifa Haftar (${haftar.articles})`);
    await workbench.page.keyboard.press('Escape');

    // a reload as VS Code does it (the window's state is saved first)
    await runFromPalette(workbench.page, 'Developer', 'Reload Window');
    await workbench.page.waitForEvent('load', { timeout: 60_000 });
    await waitForWorkbench(workbench.page);
    await waitForCount(count);
    assert.equal(await webview().locator('.actor-button .summary').innerText(), 'Khalifa Haftar');
    assert.equal(await tabTitle(), 'Timeline: Khalifa Haftar');
    await screenshot(workbench.page, 'timeline-2-after-reload');
  });

  step('3', 'several actors and a range of months', async () => {
    const haftar = model.actors.find((actor) => actor.name === 'Khalifa Haftar')!;
    const kadhafi = model.actors.find((actor) => actor.name === 'Moammar Kadhafi')!;
    await tickActor('kadhafi');
    const both = filterTimeline(model, { actorIds: [haftar.id, kadhafi.id] }).items.length;
    assert.ok(both > filterTimeline(model, { actorIds: [haftar.id] }).items.length);
    await waitForCount(both);
    await waitForTitle('Timeline: Khalifa Haftar and 1 more');
    assert.equal(await webview().locator('.actor-button .summary').innerText(), 'Khalifa Haftar and 1 more');
    await screenshot(workbench.page, 'timeline-3-two-actors');

    const frame = webview();
    await frame.locator('#from').fill('2020-01');
    await frame.locator('#to').fill('2020-02');
    const months = filterTimeline(model, { actorIds: [haftar.id, kadhafi.id], from: '2020-01', to: '2020-02' }).items.length;
    assert.ok(months > 0 && months < both);
    await waitForCount(months);
    await screenshot(workbench.page, 'timeline-3-months');
    await frame.locator('.clear-dates').click();
    await waitForCount(both);
  });

  step('4', 'light and high-contrast themes: the legend, the marks and the tab icon', async () => {
    assert.match(await tabIcon(), /timeline-dark\.svg/);
    await useTheme('Light Modern', 'vscode-light');
    assert.match(await tabIcon(), /timeline-light\.svg/);
    await screenshot(workbench.page, 'timeline-4-light');

    await useTheme('Dark High Contrast', 'vscode-high-contrast');
    const swatch = await webview().locator('.legend .swatch.event').evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, border: style.borderTopColor };
    });
    assert.match(swatch.background, /^rgb\(/, `the Events dot is ${swatch.background} in high contrast`);
    assert.notEqual(swatch.border, 'rgba(0, 0, 0, 0)', 'and an outline');
    assert.match(await tabIcon(), /timeline-dark\.svg/);
    await screenshot(workbench.page, 'timeline-4-high-contrast');
    await useTheme('Dark Modern', 'vscode-dark');
  });
});
