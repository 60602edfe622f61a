// VS Code draws `$(name)` as a theme icon in quick-pick rows and in MarkdownStrings that support
// theme icons, after any markdown is rendered. Text from files must never become an icon: these
// helpers show the syntax literally. No `vscode` import, so Node tests can check the output.
import { inertText } from '../core/inertText';

/** The theme-icon syntax VS Code recognises: `$(zap)`, `$(loading~spin)`. */
export const THEME_ICON = /\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g;

/**
 * Untrusted text for a quick-pick label, description or detail: inert (see inertText), and every
 * `$(name)` shown as written. VS Code shows `\$(name)` as the literal `$(name)`; the backslash is
 * added even where the text has one already, so that one stays visible.
 */
export function iconLabelText(text: string): string {
  return inertText(text).replace(THEME_ICON, '\\$&');
}
