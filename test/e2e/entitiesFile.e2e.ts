// End-to-end: a broken entities file as a person meets it. The notification's "Show Problems"
// opens the Problems panel, which lists each mistake at its line; a problem opens the file at the
// offending key, where the editor's schema check marks it too; a fix empties the panel.
// Run: node --import tsx --test --test-reporter=spec test/e2e/entitiesFile.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import { runFromPalette, screenshot, stepsWithFailureScreenshots } from './workbench';
import { suiteWorkbench } from './suiteWorkbench';

const broken = `{
  "entities": [
    { "name": "Anna de Wit", "type": "person" },
    { "id": "jan-de-vries", "name": "Jan de Vries", "type": "ship" }
  ],
  "extra": true
}
`;

const fixed = `{
  "entities": [
    { "id": "anna-de-wit", "name": "Anna de Wit", "type": "person" },
    { "id": "jan-de-vries", "name": "Jan de Vries", "type": "person" }
  ]
}
`;

describe('the entities file in a real VS Code', () => {
  let entitiesFile: string;

  const workbench = suiteWorkbench({
    prefix: 'dossier-e2e-entities-',
    prepare: (workspace) => {
      mkdirSync(join(workspace, '.dossier'));
      entitiesFile = join(workspace, '.dossier', 'entities.json');
      writeFileSync(entitiesFile, broken);
    },
  });

  const step = stepsWithFailureScreenshots(() => workbench.page);

  const problemRows = () => workbench.page.locator('.markers-panel .monaco-list-row');

  step('entities1', '"Show Problems" opens the Problems panel with each mistake at its line', async () => {
    const notification = workbench.page.locator('.notification-list-item', { hasText: 'entities file has 3 problems' }).first();
    await notification.waitFor({ timeout: 60_000 }).catch(() => runFromPalette(workbench.page, 'Notifications', 'Show Notifications'));
    await notification.waitFor({ timeout: 30_000 });
    await notification.getByRole('button', { name: 'Show Problems' }).click();
    await problemRows().filter({ hasText: 'the id is missing' }).waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 'entities1-problems-panel');
    const rows = (await problemRows().allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    const expected: [string, RegExp][] = [
      ['entities[0].id: the id is missing; add one such as "anna-de-wit" (made from the name)', /Ln 3, Col 5/],
      ['entities[1].type: expected one of "person", "organization", "place"', /Ln 4, Col 53/],
      ['extra: unknown key', /Ln 6, Col 3/],
    ];
    for (const [message, position] of expected) {
      const row = rows.find((text) => text.includes(message));
      assert.ok(row, `a Problems row "${message}" in ${JSON.stringify(rows)}`);
      assert.match(row, position);
      assert.match(row, /Dossier/);
    }
    assert.ok(rows.some((text) => /entities\.json/.test(text)), 'the rows are grouped under the file');
  });

  step('entities2', 'a problem opens the file at its key, where the schema marks the wrong type too', async () => {
    await problemRows().filter({ hasText: 'entities[1].type' }).first().dblclick();
    const editor = workbench.page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'Jan de Vries' }).waitFor({ timeout: 30_000 });
    // The problem's range is selected: `"type": "ship"`, 14 characters on line 4.
    await workbench.page.locator('.statusbar').getByText(/Ln 4, Col \d+ \(14 selected\)/).waitFor({ timeout: 30_000 });
    // The JSON language server adds its own entry once it has the schema.
    await problemRows().filter({ hasText: /Value is not accepted|person/ }).filter({ hasNotText: 'Dossier' }).first().waitFor({ timeout: 30_000 });
    await editor.locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 'entities2-file-with-squiggles');
  });

  step('entities3', 'a fix empties the Problems panel', async () => {
    writeFileSync(entitiesFile, fixed);
    await workbench.page.locator('.markers-panel').getByText('No problems have been detected in the workspace.').waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 'entities3-problems-cleared');
    assert.equal(await problemRows().filter({ hasText: 'entities' }).count(), 0);
  });
});
