/**
 * The folders and files a workspace index leaves out, as VS Code's search does: `files.exclude` and
 * `search.exclude` together. Pure (no VS Code API): the editor passes the settings' values in.
 */

/**
 * One glob for `workspace.findFiles`' exclude argument, which replaces `files.exclude` when given:
 * every pattern set to `true` in either setting, or undefined when there is none. A pattern with a
 * `when` clause (exclude `*.js` when a `*.ts` sits beside it) cannot be told from its name alone and
 * is left out, so such files are indexed rather than missed.
 */
export function excludeGlob(...settings: ReadonlyArray<Readonly<Record<string, unknown>> | undefined>): string | undefined {
  const patterns = new Set<string>();
  for (const s of settings) {
    for (const [pattern, on] of Object.entries(s ?? {})) if (on === true && pattern) for (const p of expandBraces(pattern)) patterns.add(p);
  }
  if (!patterns.size) return undefined;
  return patterns.size === 1 ? [...patterns][0] : `{${[...patterns].join(',')}}`;
}

/**
 * `**\/*.{js,map}` as `**\/*.js` and `**\/*.map`: VS Code's globs do not nest brace groups, and the
 * patterns are joined into one group.
 */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const head = pattern.slice(0, m.index), tail = pattern.slice(m.index + m[0].length);
  return m[1].split(',').flatMap((alt) => expandBraces(`${head}${alt}${tail}`));
}
