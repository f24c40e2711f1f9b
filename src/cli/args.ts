export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Parses `--flag` and `--option VALUE` (or `--option=VALUE`); anything else is positional. */
export function parseArgs(argv: readonly string[], flags: readonly string[], options: readonly string[]): ParsedArgs | { error: string } {
  const out: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { out.positional.push(...argv.slice(i + 1)); break; }
    if (!a.startsWith('--')) { out.positional.push(a); continue; }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(name)) { out.flags.add(name); continue; }
    if (options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return { error: `--${name} needs a value` };
      out.options.set(name, value);
      continue;
    }
    return { error: `unknown option ${a}` };
  }
  return out;
}
