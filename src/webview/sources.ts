/**
 * The Sources view's page (runs in the webview, not in the extension host): three charts drawn with
 * the bundled Chart.js, each beside a table of the same numbers, in the workbench theme's colours.
 * It receives the model (src/corpus/sourcesModel.ts) by message and builds the DOM with textContent
 * only, so nothing from an article is ever parsed as HTML.
 */
import {
  BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { SourcesModel } from '../corpus/sourcesModel';
import type { Colour } from '../presentation/highlights/highlightPlan';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();

interface ModelMessage { type: 'model'; model: SourcesModel; indexing: { done: number; total: number } | null }

let current: ModelMessage | undefined;
const charts: Chart[] = [];

window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as ModelMessage;
  if (m?.type !== 'model') return;
  current = m;
  render();
});
// The theme changes the body's class: redraw with its colours.
new MutationObserver(() => render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
vscode.postMessage({ type: 'ready' });

function cssVar(name: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim();
}

/**
 * A theme colour as the webview's CSS variable: VS Code names it after the colour id with its first
 * dot made a dash (`pressGallery.party.labour` → `--vscode-pressGallery-party.labour`).
 */
function colour(c: Colour): string {
  if (c.kind === 'hex') return c.value;
  return cssVar(`--vscode-${c.id.replace('.', '-')}`) || cssVar(`--vscode-${c.id.replace(/\./g, '-')}`) || cssVar('--vscode-foreground');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? word : `${word}s`}`;
}

function render(): void {
  if (!current) return;
  const { model, indexing } = current;
  for (const c of charts.splice(0)) c.destroy();
  const root = document.getElementById('root')!;
  root.replaceChildren();

  const header = el('header');
  header.append(el('h1', `Sources in ${model.scope}`));
  const t = model.totals;
  const totals = el('p', `${plural(t.articles, 'article')} · ${plural(t.quotes, 'quotation')}${t.unattributed ? ` (${t.unattributed.toLocaleString('en-GB')} with no speaker found)` : ''} · ${plural(t.speakers, 'speaker')}`, 'totals');
  totals.id = 'totals';
  header.append(totals);
  if (indexing) header.append(el('p', `Indexing: ${indexing.done} of ${plural(indexing.total, 'article')} so far — the numbers grow as it goes.`, 'muted'));
  const actions = el('div', undefined, 'actions');
  for (const [label, type] of [['Export numbers as CSV', 'export-csv'], ['Export numbers as JSON', 'export-json']] as const) {
    const b = el('button', label);
    b.addEventListener('click', () => vscode.postMessage({ type }));
    actions.append(b);
  }
  header.append(actions);
  root.append(header);

  if (!t.articles) {
    root.append(el('p', 'No articles found in this workspace yet: .article and .news files, and text or Markdown files whose first line is a date line ( date 2019-02-21 Headline).', 'muted'));
    return;
  }

  section(root, 'Quotations by party', 'MPs by their party on each article’s date; people who were not MPs then, organisations and quotes with no speaker found as their own groups.',
    model.groups.map((g) => g.group), model.groups.map((g) => g.quotes), model.groups.map((g) => colour(g.colour)), 'quotes',
    ['Group', 'Quotes'], model.groups.map((g) => [g.group, g.quotes]), true);

  section(root, model.speakerCount > model.speakers.length ? `Most-quoted speakers (${model.speakers.length} of ${model.speakerCount})` : 'Most-quoted speakers',
    'Each bar in the colour of the speaker’s party (MPs) or group.',
    model.speakers.map((s) => s.name), model.speakers.map((s) => s.quotes), model.speakers.map((s) => colour(s.colour)), 'quotes',
    ['Speaker', 'Party or kind', 'Quotes', 'Words', 'Articles'], model.speakers.map((s) => [s.name, s.party || s.kind, s.quotes, s.words, s.articles]), true);

  const time = model.time;
  section(root, `Quotes per article, by ${model.timeUnit}`, 'Speech quotations divided by the articles of each period, by the articles’ own dates.',
    time.map((r) => r.period), time.map((r) => r.perArticle), time.map(() => cssVar('--vscode-charts-blue') || cssVar('--vscode-foreground')), 'quotes per article',
    ['Period', 'Articles', 'Quotes', 'Per article'], time.filter((r) => r.articles).map((r) => [r.period, r.articles, r.quotes, r.perArticle]), false);
}

function section(root: HTMLElement, title: string, note: string, labels: string[], values: number[], colours: string[], unit: string,
  head: string[], rows: Array<Array<string | number>>, horizontal: boolean): void {
  const s = el('section');
  s.append(el('h2', title), el('p', note, 'muted'));
  const grid = el('div', undefined, 'pair');
  const box = el('div', undefined, 'chart');
  const canvas = el('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${title}: ${labels.map((l, i) => `${l} ${values[i]}`).join(', ')}`);
  // Horizontal bars get room for every label; a time axis keeps a fixed height.
  box.style.height = horizontal ? `${Math.max(120, labels.length * 26 + 40)}px` : '260px';
  box.append(canvas);
  grid.append(box, table(head, rows));
  s.append(grid);
  root.append(s);

  const fg = cssVar('--vscode-foreground');
  const grid2 = cssVar('--vscode-widget-border') || cssVar('--vscode-panel-border') || 'rgba(128,128,128,0.3)';
  const font = { family: cssVar('--vscode-font-family') || 'sans-serif', size: 12 };
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: { labels, datasets: [{ label: unit, data: values, backgroundColor: colours, borderColor: colours, borderWidth: 1 }] },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false }, tooltip: { enabled: true } },
      scales: {
        x: { ticks: { color: fg, font }, grid: { color: grid2 }, beginAtZero: true },
        y: { ticks: { color: fg, font, autoSkip: !horizontal }, grid: { color: grid2 }, beginAtZero: true },
      },
    },
  };
  charts.push(new Chart(canvas, config));
}

function table(head: string[], rows: Array<Array<string | number>>): HTMLTableElement {
  const t = el('table');
  const tr = el('tr');
  head.forEach((h, i) => tr.append(el('th', h, typeof rows[0]?.[i] === 'number' ? 'num' : undefined)));
  t.append(el('thead'), el('tbody'));
  t.tHead!.append(tr);
  for (const r of rows) {
    const row = el('tr');
    r.forEach((c) => row.append(el('td', typeof c === 'number' ? c.toLocaleString('en-GB', { maximumFractionDigits: 2 }) : c, typeof c === 'number' ? 'num' : undefined)));
    t.tBodies[0].append(row);
  }
  return t;
}
