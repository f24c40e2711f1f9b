/** The Members API fixtures (test/fixtures/members-api) as the update reads them, and hand-made bundled data to merge them over. */
import * as fs from 'fs';
import * as path from 'path';
import type { KbData } from '../../src/extractor/kb/knowledgeBase';
import { parseHistories, parseSearchPage } from '../../src/data-update/membersApi';

export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/members-api');
export const members = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'members.json'), 'utf8'));
export const historyJson = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'histories.json'), 'utf8'));
export const summaries = parseSearchPage({ items: members.map((value: unknown) => ({ value, links: [] })), totalResults: members.length }).items;
export const histories = parseHistories(historyJson.map((value: unknown) => ({ value, links: [] })), summaries.map((s) => s.id));

export const SINCE = '2026-06-27';
export const API = 'uk.parliament.data/Member/';

/**
 * Hand-made bundled data in the knowledge base's compact form: the fixtures' fictional members as the
 * bundled data knows them up to its verified day (general election 2024, terms from the day after
 * polling, open with partyAsOf), one parlparse person joined only by seat and surname, and one who
 * left before the verified day.
 */
const parties = ['Conservative', 'Labour', 'Plaid Cymru', 'Liberal Democrat'];
const seats = ['Fenmoor and Ashby', 'Carrow Vale', 'Wexley Moor', 'Saltmere', 'Lowford', 'Oldbury Fen'];
const open = (party: number, seat: number): [string, null, number, number, string] => ['2024-07-05', null, party, seat, SINCE];
export const data: KbData = {
  coverage: { from: '2024-07-05', to: '2026-08-13', partyVerifiedTo: SINCE },
  parties,
  constituencies: seats,
  offices: ['Parliamentary Under-Secretary of State'],
  people: [
    [`${API}990001`, 'Morwenna Tallis', 'Morwenna', 'Tallis', [], [open(0, 0)], [[0, '2025-01-10', null]]],
    [`${API}990002`, 'Idris Pennock', 'Idris', 'Pennock', [], [open(1, 1)], []],
    [`${API}990004`, 'Colin Drabble', 'Colin', 'Drabble', ['Sir Colin Drabble'], [open(0, 2)], []],
    [`${API}990005`, 'Tamsin Orrell', 'Tamsin', 'Orrell', [], [open(1, 3)], []],
    ['uk.org.publicwhip/person/99006', 'Nia Brack', 'Nia', 'Brack', [], [open(2, 4)], []],
    [`${API}990007`, 'Ellis Dunmore', 'Ellis', 'Dunmore', [], [['2024-07-05', '2025-03-01', 3, 5]], []],
  ],
};

