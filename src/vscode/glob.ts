// Glob matching for the user's exclude patterns. VS Code's findFiles takes one exclude pattern
// and does not nest braces, so Dossier filters with its own matcher. Syntax as VS Code's:
// `*`, `?`, `**`, `[...]`, `[!...]`, `{a,b}` (nestable). Paths are relative with '/'.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let regExp = cache.get(glob);
  if (!regExp) {
    regExp = new RegExp(`^${translate(glob)}$`);
    cache.set(glob, regExp);
  }
  return regExp;
}

export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globToRegExp(glob).test(path));
}

// Whether the globs exclude the folder `path` with all it holds: a glob matches the folder itself,
// or ends in `/**` after a part that matches it (as `**/node_modules/**` does). A walk need not
// enter such a folder.
export function excludesFolder(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globToRegExp(glob).test(path) || (glob.endsWith('/**') && globToRegExp(glob.slice(0, -3)).test(path)));
}

function translate(glob: string): string {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of whole segments, including none; a trailing `**` anything.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:[^/]*/)*';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        const negated = body.startsWith('!');
        if (negated) body = body.slice(1);
        out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if (c === '{') {
      braceDepth++;
      out += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (c === ',' && braceDepth > 0) {
      out += '|';
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  // an unclosed brace would leave an unbalanced group: close it so the pattern stays valid
  return out + ')'.repeat(braceDepth);
}

/** The include glob for the articles of a folder (relative, '/'-separated; '' for the workspace folder). */
export function articlesFolderGlob(folder: string): string {
  // Globs have no escape character: a special character stands for itself inside brackets.
  const literal = folder.replace(/[[\]{}*?]/g, '[$&]');
  return literal === '' ? '**/*.{txt,text}' : `${literal}/**/*.{txt,text}`;
}
