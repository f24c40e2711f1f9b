/**
 * A regular expression made on its first use instead of when its module loads.
 *
 * Why: V8 parses a pattern when the literal is evaluated, and a Unicode property class (`\p{L}`,
 * `\p{Lu}`…) is then built from ICU's tables, range by range: the bundle's top-level `\p` literals
 * cost every start of the CLI and of the extension some 20 million instructions (about a tenth of
 * the load) although an English article almost never reaches them (charClass.ts reads the usual
 * characters by code). A pattern wrapped here is built once, when first asked for, and the same
 * object is returned after that, so a `g` or `y` pattern keeps its `lastIndex` as a module-level
 * literal would.
 *
 *   const WORD = lazyPattern(() => /\p{L}+/u);
 *   WORD().test(s);
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= make());
}
