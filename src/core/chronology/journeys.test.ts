import assert from 'node:assert/strict';
import { it } from 'node:test';
import { JourneyCollector } from './journeys.ts';
import type { CinChild } from '../model/cin.ts';

it('files every return\'s records under the child they belong to, with their source', () => {
  const c = new JourneyCollector('806');
  const child = (id: string): CinChild => ({
    line: 12,
    ChildIdentifiers: { LAchildID: id, UPN: null, FormerUPN: null, UPNunknown: 'UN1', PersonBirthDate: '2020-01-01', ExpectedPersonBirthDate: null, GenderCurrent: null, Sex: 'F', PersonDeathDate: null },
    ChildCharacteristics: { Ethnicity: 'WBRI', Disabilities: ['NONE'] },
    CINdetails: [],
  });
  c.addCinChild(child('A'), '2023/24', 'cin-2024.xml');
  c.addCinChild(child('A'), '2024/25', 'cin-2025.xml');
  c.add903({ episodes: [{ CHILD: 'A', DECOM: '2024-05-01', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U1', PLACE_PROVIDER: 'PR1', DEC: null, REC: null, REASON_PLACE_CHANGE: null, HOME_POST: null, PL_POST: null, URN: null, line: 2 }] }, '2024/25', 'episodes.csv');
  c.add903({ header: [{ CHILD: 'B', SEX: 'M', DOB: '2010-01-01', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: null, MC_DOB: null }] }, '2024/25');
  assert.deepEqual([...c.childIds()].sort(), ['A', 'B']);
  const a = c.journey('A')!;
  assert.deepEqual(a.cin.map((r) => r.source), [{ dataset: 'cin', year: '2023/24', file: 'cin-2024.xml', line: 12 }, { dataset: 'cin', year: '2024/25', file: 'cin-2025.xml', line: 12 }]);
  assert.deepEqual(a.lookedAfter.episodes[0]!.source, { dataset: 'ssda903', year: '2024/25', table: 'episodes', file: 'episodes.csv', line: 2 });
  assert.equal(c.journey('B')!.cin.length, 0);
  assert.equal(c.journey('C'), undefined);
});
