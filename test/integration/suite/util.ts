// Helpers for the integration suite files (not a suite file itself: index.ts runs `*.test.js` only).
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'press-gallery.press-gallery';
export const LANGUAGE_ID = 'news-article';
export const SEED = 'seed-corbyn-quitters.article';

/** The workspace folder the launchers open: a temporary copy of test/fixtures/. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'expected the launcher to open a workspace folder (a copy of test/fixtures), saw none');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Activates Press Gallery and returns what its `activate` returned (the test API). */
export async function activateExtension<Api = unknown>(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `expected the extension ${EXTENSION_ID} to be installed, saw only: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  const api = await ext.activate();
  assert.strictEqual(ext.isActive, true, 'expected the extension to be active after activate()');
  return api;
}

/** Writes a scratch file into the workspace (through the vscode API, so it works in every host). */
export async function writeScratch(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'scratch', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Opens a file in an editor, as a person would, and returns its document. */
export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The plain text of a hover result, all contents joined. */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** The position of the first occurrence of `needle` in the document (fails if absent). */
export function positionOf(doc: vscode.TextDocument, needle: string, offsetInNeedle = 1): vscode.Position {
  const index = doc.getText().indexOf(needle);
  assert.ok(index >= 0, `expected "${needle}" in ${doc.uri.path}`);
  return doc.positionAt(index + offsetInNeedle);
}

/** Names of document symbols, depth first, for messages and checks. */
export function symbolNames(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined): string[] {
  const out: string[] = [];
  const walk = (list: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]) => {
    for (const s of list) {
      out.push(s.name);
      if ('children' in s && s.children) walk(s.children);
    }
  };
  walk(symbols ?? []);
  return out;
}

/**
 * Resolves with the promise's value, or rejects after `ms` saying what took too long. It catches a
 * provider that never answers; one that blocks the extension host's thread stops the timers too,
 * and is caught by the launcher's overall timeout instead.
 */
export async function within<T>(ms: number, what: string, promise: Thenable<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`expected ${what} within ${ms} ms, still waiting`)), ms);
  });
  try {
    return await Promise.race([Promise.resolve(promise), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `read` until `ok` holds (or `ms` pass), failing with what it saw last. */
export async function until<T>(what: string, read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  let last = await read();
  while (!ok(last) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  assert.ok(ok(last), `expected ${what}, saw: ${JSON.stringify(last)}`);
  return last;
}
