// A small stand-in for Node's `assert` in the web extension host (a web worker has no Node
// modules). The web suite is bundled with `assert` aliased to this file; it keeps Node's failure
// messages: what was expected and what was seen.
class AssertionError extends Error {
  readonly expected: unknown;
  readonly actual: unknown;
  constructor(message: string, actual?: unknown, expected?: unknown) {
    super(message);
    this.name = 'AssertionError';
    this.actual = actual;
    this.expected = expected;
  }
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

export function fail(message?: string): never {
  throw new AssertionError(message ?? 'Failed');
}

export function ok(value: unknown, message?: string): asserts value {
  // No expected/actual here: mocha would print a true/false diff that says less than the message.
  if (!value) throw new AssertionError(message ?? `expected a truthy value, saw ${show(value)}`);
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(message ?? `expected ${show(expected)}, saw ${show(actual)}`, actual, expected);
  }
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) throw new AssertionError(message ?? `expected anything but ${show(expected)}`, actual, expected);
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (show(actual) !== show(expected)) {
    throw new AssertionError(message ?? `expected ${show(expected)}, saw ${show(actual)}`, actual, expected);
  }
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) throw new AssertionError(message ?? `expected ${show(actual)} to match ${pattern}`, actual, pattern);
}

export { AssertionError };
export default { AssertionError, fail, ok, strictEqual, notStrictEqual, deepStrictEqual, match };
