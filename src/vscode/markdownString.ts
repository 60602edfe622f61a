// The one way Dossier makes a MarkdownString (hover cards, tree tooltips). escapeMarkdown keeps
// text literal for exactly these settings: theme icons on (VS Code then honours `\$(` as a
// literal), raw HTML off, and commands only where listed.
import * as vscode from 'vscode';

export function dossierMarkdown(value: string, enabledCommands: readonly string[] = []): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, true);
  markdown.supportHtml = false;
  if (enabledCommands.length > 0) markdown.isTrusted = { enabledCommands: [...enabledCommands] };
  return markdown;
}
