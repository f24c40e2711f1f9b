import * as vscode from 'vscode';
import { formatOfFileName, isDateLine, looksLikeArticle, proseOf, type ArticleFormat } from '../formats';
import { Commands, LANGUAGE_ID, MARKDOWN_ID, PLAINTEXT_ID } from '../presentation/ids';
import { affectsFiles, readFileSettings } from './config';
import { safely } from './log';

/** What the user said of a file with "Treat This File as an Article" or "Stop Treating…". */
type Choice = 'article' | 'not-article';
const CHOICES_KEY = 'pressGallery.files.choices';
/** Lines a Markdown file's head is read to (front matter is short). */
const HEAD_LINES = 200;
/** Documents that are not files a person writes in (the Output panel, git's old versions, settings). */
const INTERNAL_SCHEMES = new Set(['output', 'git', 'vscode', 'vscode-settings', 'debug', 'walkThroughSnippet']);

let active: ArticleFiles | undefined;

/**
 * How an open document is written, if it is an article: `plain` for the news-article language,
 * `markdown` for a Markdown file that is an article; undefined otherwise.
 */
export function articleFormat(document: vscode.TextDocument | undefined): ArticleFormat | undefined {
  if (!document || document.isClosed) return undefined;
  if (document.languageId === LANGUAGE_ID) return 'plain';
  if (document.languageId === MARKDOWN_ID && active?.isMarkdownArticle(document)) return 'markdown';
  return undefined;
}

export function isArticle(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return articleFormat(document) !== undefined;
}

/**
 * Which files are articles, wherever they are:
 * - plain-text files with a date line first are switched to News Article each time they open
 *   (pressGallery.files.detectPlainText); this costs one test of the first line per file;
 * - Markdown files stay Markdown and are articles by pressGallery.files.markdown (detect: a date
 *   line first, or front matter with date:);
 * - files matching pressGallery.files.include are articles whatever their name;
 * - "Treat This File as an Article" / "Stop Treating…" decide for one file, remembered;
 * - a language the user picks by hand is left alone until the file is opened again.
 * While a plain-text or Markdown file looks like an article but is not treated as one, a
 * status-bar item offers to treat it as one.
 */
export class ArticleFiles implements vscode.Disposable {
  private readonly markdownVerdicts = new Map<string, { version: number; article: boolean }>();
  /** Articles the user gave another language by hand: left alone while open. */
  private readonly leftAlone = new Set<string>();
  /**
   * The news articles last closed. VS Code changes a document's language by closing it and opening
   * the same document object again at once; a file closed and opened again is a new object.
   */
  private readonly closedArticles = new Map<string, vscode.TextDocument>();
  /** The language a document had before it was made a news article, to give back on "Stop Treating". */
  private readonly languageBefore = new Map<string, string>();
  private readonly hint = vscode.window.createStatusBarItem('pressGallery.fileHint', vscode.StatusBarAlignment.Right, 100);
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** A Markdown document became an article or stopped being one (its language stayed). */
  readonly onDidChangeMarkdownArticle = this.emitter.event;

  constructor(private readonly memory: vscode.Memento) {
    active = this;
    this.hint.name = 'Press Gallery: Treat as Article';
    this.hint.text = '$(quote) Treat as Article';
    this.subscriptions.push(
      this.hint,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => { this.opened(d); this.updateHint(); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length && e.document.languageId === MARKDOWN_ID) this.recheckMarkdown(e.document); }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateHint()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsFiles(e)) return;
        for (const d of vscode.workspace.textDocuments) {
          if (d.languageId === MARKDOWN_ID) this.recheckMarkdown(d);
          else this.opened(d);
        }
        this.updateHint();
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.opened(d);
    this.updateHint();
  }

  /** The status-bar hint's text while it is shown (for tests). */
  get hintText(): string | undefined {
    return this.hintShown ? this.hint.text : undefined;
  }

  private hintShown = false;

  isMarkdownArticle(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    const cached = this.markdownVerdicts.get(key);
    if (cached?.version === document.version) return cached.article;
    const article = this.decideMarkdown(document);
    this.markdownVerdicts.set(key, { version: document.version, article });
    return article;
  }

  /** "Treat This File as an Article": remembered for the file. */
  async treatAsArticle(document: vscode.TextDocument): Promise<void> {
    await this.remember(document, 'article');
    this.leftAlone.delete(document.uri.toString());
    if (document.languageId === MARKDOWN_ID) this.recheckMarkdown(document);
    else if (document.languageId !== LANGUAGE_ID) await this.makeArticle(document);
    this.updateHint();
  }

  /** "Stop Treating This File as an Article": remembered; the file gets back its own language. */
  async stopTreatingAsArticle(document: vscode.TextDocument): Promise<void> {
    await this.remember(document, 'not-article');
    if (document.languageId === MARKDOWN_ID) this.recheckMarkdown(document);
    else if (document.languageId === LANGUAGE_ID) {
      const key = document.uri.toString();
      await vscode.languages.setTextDocumentLanguage(document, this.languageBefore.get(key) ?? PLAINTEXT_ID);
    }
    this.updateHint();
  }

  private choiceOf(document: vscode.TextDocument): Choice | undefined {
    return this.memory.get<Record<string, Choice>>(CHOICES_KEY, {})[document.uri.toString()];
  }

  private async remember(document: vscode.TextDocument, choice: Choice): Promise<void> {
    const choices = { ...this.memory.get<Record<string, Choice>>(CHOICES_KEY, {}), [document.uri.toString()]: choice };
    await this.memory.update(CHOICES_KEY, choices);
  }

  private included(document: vscode.TextDocument): boolean {
    const globs = readFileSettings(document).include;
    return globs.length > 0 && vscode.languages.match(globs.map((pattern) => ({ pattern })), document) > 0;
  }

  private decideMarkdown(document: vscode.TextDocument): boolean {
    const choice = this.choiceOf(document);
    if (choice) return choice === 'article';
    if (this.included(document)) return true;
    const mode = readFileSettings(document).markdown;
    if (mode !== 'detect') return mode === 'always';
    return this.looksLikeArticle(document);
  }

  private looksLikeArticle(document: vscode.TextDocument): boolean {
    if (document.languageId === MARKDOWN_ID) {
      const head = document.getText(new vscode.Range(0, 0, Math.min(HEAD_LINES, document.lineCount), 0));
      return looksLikeArticle(head, 'markdown');
    }
    return isDateLine(document.lineAt(0).text);
  }

  /** Whether a document of another language should be a news article now. */
  private shouldBeArticle(document: vscode.TextDocument): boolean {
    const choice = this.choiceOf(document);
    if (choice) return choice === 'article';
    if (this.included(document)) return true;
    return document.languageId === PLAINTEXT_ID && readFileSettings(document).detectPlainText && isDateLine(document.lineAt(0).text);
  }

  private opened(document: vscode.TextDocument): void {
    safely('recognising an article file', undefined, () => {
      const key = document.uri.toString();
      if (document.languageId === LANGUAGE_ID || document.languageId === MARKDOWN_ID || INTERNAL_SCHEMES.has(document.uri.scheme)) return;
      const closedAsArticle = this.closedArticles.get(key);
      this.closedArticles.delete(key);
      if (closedAsArticle === document) {
        this.leftAlone.add(key); // the user picked this language for an article: theirs to keep while open
        this.updateHint();
        return;
      }
      if (this.leftAlone.has(key) || !this.shouldBeArticle(document)) return;
      void this.makeArticle(document);
    });
  }

  private async makeArticle(document: vscode.TextDocument): Promise<void> {
    this.languageBefore.set(document.uri.toString(), document.languageId);
    try {
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    } catch {
      // Closed meanwhile: it is decided again when it opens.
    }
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.markdownVerdicts.delete(key);
    if (document.languageId === LANGUAGE_ID) this.closedArticles.set(key, document);
    else this.leftAlone.delete(key); // closed for good (or made an article): decided afresh next time
    if (this.closedArticles.size > 100) {
      for (const [k, d] of this.closedArticles) if (d.isClosed) this.closedArticles.delete(k);
    }
  }

  /** Decides a Markdown document again (edited, settings, a choice) and says so if that changed. */
  private recheckMarkdown(document: vscode.TextDocument): void {
    safely('recognising a Markdown article', undefined, () => {
      const key = document.uri.toString();
      const before = this.markdownVerdicts.get(key)?.article;
      this.markdownVerdicts.delete(key);
      const now = this.isMarkdownArticle(document);
      if (before !== undefined && before !== now) this.emitter.fire(document);
      else if (before === undefined && now) this.emitter.fire(document);
      if (document === vscode.window.activeTextEditor?.document) this.updateHint();
    });
  }

  private updateHint(): void {
    safely('the Treat as Article hint', undefined, () => {
      const doc = vscode.window.activeTextEditor?.document;
      const show = !!doc && (doc.languageId === PLAINTEXT_ID || doc.languageId === MARKDOWN_ID) && articleFormat(doc) === undefined &&
        this.choiceOf(doc) !== 'not-article' && this.looksLikeArticle(doc) &&
        // A plain-text article about to be switched needs no hint.
        (doc.languageId === MARKDOWN_ID || this.leftAlone.has(doc.uri.toString()) || !this.shouldBeArticle(doc));
      if (show) {
        const what = doc.languageId === MARKDOWN_ID ? 'it has a date line or a date in its front matter' : 'it starts with a date line';
        const why = doc.languageId === MARKDOWN_ID
          ? 'Markdown articles are not recognised (pressGallery.files.markdown is "never")'
          : this.leftAlone.has(doc.uri.toString())
            ? 'its language was changed by hand'
            : 'plain-text articles are not recognised (pressGallery.files.detectPlainText is off)';
        this.hint.tooltip = `This file looks like a news article (${what}), but ${why}. Click to treat it as an article: Press Gallery remembers that for this file.`;
        this.hint.command = { title: 'Treat This File as an Article', command: Commands.treatAsArticle, arguments: [doc.uri] };
        this.hint.show();
      } else this.hint.hide();
      this.hintShown = show;
    });
  }

  dispose(): void {
    if (active === this) active = undefined;
    for (const d of this.subscriptions) d.dispose();
  }
}

/**
 * Files the workspace index reads to see whether they are articles: the news-article extensions, and
 * plain text and Markdown, which are articles when they start with a date line (or, in Markdown,
 * front matter with a date).
 */
export const ARTICLE_CANDIDATES = '**/*.{article,news,txt,md,markdown}';

const ARTICLE_EXTENSION = /\.(?:article|news)$/i;

/**
 * The text of a file if it is an article, by the editor's rules: a news-article extension, a file
 * of pressGallery.files.include, or a date line first (front matter with a date in Markdown); with
 * the text the analysis reads (a Markdown file's prose, same offsets). Undefined for anything else,
 * and for binary or non-UTF-8 bytes.
 */
export function articleTextOf(uri: vscode.Uri, bytes: Uint8Array, included: boolean): { original: string; analysed: string } | undefined {
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const format = formatOfFileName(uri.path);
  if (!included && !ARTICLE_EXTENSION.test(uri.path) && !looksLikeArticle(text, format)) return undefined;
  return { original: text, analysed: proseOf(text, format) };
}
