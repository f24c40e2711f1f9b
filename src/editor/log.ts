import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The "Press Gallery" output channel, where errors go instead of into the editor. */
export function log(): vscode.LogOutputChannel {
  if (!channel) channel = vscode.window.createOutputChannel('Press Gallery', { log: true });
  return channel;
}

/** Runs a provider body; an error is logged and the fallback returned, so nothing throws into the editor. */
export function safely<T>(what: string, fallback: T, body: () => T): T {
  try {
    return body();
  } catch (e) {
    log().error(`${what} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return fallback;
  }
}

/** The same for commands: the error is logged and shown once, in words. */
export async function safelyRun(what: string, body: () => unknown): Promise<void> {
  try {
    await body();
  } catch (e) {
    log().error(`${what} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    void vscode.window.showErrorMessage(`Press Gallery: ${what} failed — see the Press Gallery output for details.`);
  }
}
