/** How cross-article lists name a person. Pure (no VS Code API). */
import type { WorkspacePerson } from './articleIndex';
import { plural } from '../presentation/text/words';

/**
 * Go to Symbol in Workspace's detail: "MP · Labour · 3 quotes in 2 articles · named in 4",
 * "organisation · 1 quote in 1 article", "MP · Conservative · named in 2 articles".
 */
export function workspacePersonDetail(p: WorkspacePerson): string {
  const who = p.kind === 'mp' ? ['MP', ...(p.parties.length ? [p.parties.join(' / ')] : [])] : p.kind === 'organisation' ? ['organisation'] : [];
  const quotes = p.quotes ? [`${plural(p.quotes, 'quote')} in ${plural(p.quotedIn, 'article')}`, ...(p.articles > p.quotedIn ? [`named in ${p.articles}`] : [])]
    : [`named in ${plural(p.articles, 'article')}`];
  return [...who, ...quotes].join(' · ');
}
