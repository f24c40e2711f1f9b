import * as vscode from 'vscode';
import { OUTPUT_CHANNEL } from '../presentation/ids';

let channel: vscode.LogOutputChannel | undefined;

/**
 * The "Press Gallery" log (Output view; its level follows Developer: Set Log Level). Errors go here
 * instead of into the editor. Created by activate() and disposed with the extension.
 */
export function createLog(): vscode.LogOutputChannel {
  channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  return channel;
}

export function log(): vscode.LogOutputChannel | undefined {
  return channel;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.stack ?? e.message : String(e);
}

export function logError(what: string, e: unknown): void {
  channel?.error(`${what} failed: ${describe(e)}`);
}

/** Runs a provider body: an error is logged and the fallback returned, so nothing throws into the editor. */
export function safely<T>(what: string, fallback: T, body: () => T): T {
  try {
    return body();
  } catch (e) {
    logError(what, e);
    return fallback;
  }
}

/** The same for commands: the error is logged and shown once, in words, with a way to the log. */
export async function safelyRun<T>(what: string, body: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await body();
  } catch (e) {
    logError(what, e);
    const show = 'Show Log';
    void vscode.window.showErrorMessage(`Press Gallery: ${what} failed. The log has the details.`, show).then((choice) => {
      if (choice === show) channel?.show(true);
    });
    return undefined;
  }
}
