import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ReadProblem } from '../../model/problem.ts';
import { withoutProvenance } from '../../model/provenance.ts';
import { read903 } from './read-903.ts';
import type { TextFile } from './text-file.ts';
import { reference } from '../../../testing/shared-reference.ts';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

const header = csv(HEADER, '1001,M,05/06/2012,WBRI,A123456789012,,', '1002,F,2013-07-08,BAFR,UN1,0,');
const episodes = csv(EPISODES, '1001,01/05/2024,S,C2,N1,U4,PR1,,,,AB1 2CD,EF3 4GH,SC123456', '1002,03/06/2024,S,V2,N4,K2,PR4,04/07/2024,E13,,,,');

function read(files: Record<string, string | Uint8Array>, year: '2024/25' | '2022/23' | '2023/24' | '2025/26' | '2026/27' = '2024/25') {
  return read903(Object.entries(files).map(([name, content]) => ({ name, content })), { year });
}

function only(problems: readonly ReadProblem[], kind: ReadProblem['kind']): ReadProblem[] {
  return problems.filter((p) => p.kind === kind);
}

describe('read903', () => {
  it('reads tables into the model, with line numbers and the tables not given as absent', () => {
    const { return: ret, problems } = read({ 'header.csv': header, 'episodes.csv': episodes }, '2024/25');
    assert.deepEqual(problems, []);
    assert.ok(ret);
    assert.equal(ret.year, '2024/25');
    assert.equal(ret.la, null);
    assert.deepEqual(ret.tables.header[0], { CHILD: '1001', SEX: 'M', DOB: '2012-06-05', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: null, MC_DOB: null, line: 2 });
    assert.deepEqual(ret.tables.header[1]!.raw, { DOB: '2013-07-08' });
    assert.deepEqual(withoutProvenance(ret.tables.episodes[1]), {
      CHILD: '1002', DECOM: '2024-06-03', RNE: 'S', LS: 'V2', CIN: 'N4', PLACE: 'K2', PLACE_PROVIDER: 'PR4', DEC: '2024-07-04', REC: 'E13',
      REASON_PLACE_CHANGE: null, HOME_POST: null, PL_POST: null, URN: null,
    });
    assert.equal(ret.tables.episodes[1]!.line, 3);
    assert.deepEqual(ret.absent, ['reviews', 'uasc', 'oc2', 'oc3', 'ad1', 'placed_for_adoption', 'previous_permanence', 'missing', 'social_worker']);
    assert.deepEqual(ret.tables.reviews, []);
  });

  it('keeps the council code it is given', () => {
    assert.equal(read903([{ name: 'h.csv', content: header }], { year: '2024/25', la: '201' }).return?.la, '201');
  });

  it('recognises a table by its header, whatever the file is called', () => {
    const { return: ret } = read({ 'header.csv': episodes, 'export (3).csv': header });
    assert.equal(ret?.tables.episodes.length, 2);
    assert.equal(ret?.tables.header.length, 2);
  });

  it('is tolerant of column order, case and spaces in names, a BOM, CRLF, quotes and blank lines', () => {
    const messy = `\uFEFF${[' urn ', 'Child', 'DECOM', 'rne', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST'].join(',')}\r\n`
      + '\r\n'
      + 'SC123456, 1001 ,01/05/2024,s,C2,N1,U4,PR1,,,,"AB1 2CD","EF3 4GH"\r\n'
      + ' , , \r\n'
      + ',"1002","3/6/2024",S,V2,N4,K2,PR4,04/07/2024 00:00,E13,,,\r\n';
    const clean = read({ 'episodes.csv': episodes });
    const { return: ret, problems } = read({ 'e.csv': messy });
    assert.deepEqual(withoutProvenance(ret!.tables.episodes), withoutProvenance(clean.return!.tables.episodes));
    assert.deepEqual(ret!.tables.episodes.map((e) => e.line), [3, 5]);
    assert.deepEqual(ret!.tables.episodes[0]!.raw, { RNE: 's' });
    assert.deepEqual(ret!.tables.episodes[1]!.raw, { DECOM: '3/6/2024', DEC: '04/07/2024 00:00' });
    assert.deepEqual(problems, []);
  });

  it('counts the lines of a quoted value that spans lines', () => {
    const { return: ret } = read({ 'e.csv': csv(EPISODES, '1001,01/05/2024,S,C2,N1,U4,PR1,,,,"AB1\n2CD",,', '1002,03/06/2024,S,V2,N4,K2,PR4,,,,,,') });
    assert.deepEqual(ret!.tables.episodes.map((e) => e.line), [2, 4]);
    assert.equal(ret!.tables.episodes[0]!.HOME_POST, 'AB1\n2CD');
  });

  it('strips the .0 that spreadsheets add to numeric child ids, keeping what was written', () => {
    const { return: ret } = read({ 'h.csv': csv(HEADER, '1234.0,M,05/06/2012,WBRI,UN1,,', 'AB1.0,F,05/06/2012,WBRI,UN1,,') });
    assert.equal(ret!.tables.header[0]!.CHILD, '1234');
    assert.deepEqual(ret!.tables.header[0]!.raw, { CHILD: '1234.0' });
    assert.equal(ret!.tables.header[1]!.CHILD, 'AB1.0');
  });

  it('reads dates in the forms spreadsheets write, and reports any other with its place', () => {
    const { return: ret, problems } = read({ 'e.csv': csv(EPISODES, '1001,2024-05-01,S,C2,N1,U4,PR1,31/02/2025,E13,,,,', '1002,1/5/2024 00:00:00,S,C2,N1,U4,PR1,May 2025,E13,,,,') });
    const [a, b] = ret!.tables.episodes;
    assert.equal(a!.DECOM, '2024-05-01');
    assert.equal(a!.DEC, null);
    assert.deepEqual(a!.raw, { DECOM: '2024-05-01', DEC: '31/02/2025' });
    assert.equal(b!.DECOM, '2024-05-01');
    assert.equal(b!.DEC, null);
    assert.deepEqual(problems.map((p) => [p.severity, p.kind, p.file, p.line, p.path, p.field, p.value, p.child]), [
      ['error', 'bad-date', 'e.csv', 2, 'episodes', 'DEC', '31/02/2025', '1001'],
      ['error', 'bad-date', 'e.csv', 3, 'episodes', 'DEC', 'May 2025', '1002'],
    ]);
    assert.match(problems[0]!.message, /DEC '31\/02\/2025' is not a date/);
  });

  it('never quotes a date of birth, UPN or postcode in a problem', () => {
    const { problems } = read({ 'h.csv': csv(HEADER, '1001,M,31/02/2012,WBRI,,,') });
    const [bad, blank] = problems;
    assert.equal(bad!.kind, 'bad-date');
    assert.equal(bad!.field, 'DOB');
    assert.equal(bad!.value, undefined);
    assert.doesNotMatch(bad!.message, /2012/);
    assert.equal(blank!.kind, 'missing-value');
    assert.equal(blank!.field, 'UPN');
  });

  it('reads whole numbers, reporting anything else', () => {
    const OC2 = 'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED';
    const { return: ret, problems } = read({ 'oc2.csv': csv(OC2, '1,01/01/2010,12,,0,1,1,1,1,0,0,0', '2,01/01/2010,7.0,,0,1,1,1,1,0,0,0', '3,01/01/2010,seven,,0,1,1,1,1,0,0,0') });
    assert.deepEqual(ret!.tables.oc2.map((r) => r.SDQ_SCORE), [12, 7, null]);
    assert.deepEqual(ret!.tables.oc2.map((r) => r.raw), [undefined, { SDQ_SCORE: '7.0' }, { SDQ_SCORE: 'seven' }]);
    assert.deepEqual(problems.map((p) => [p.kind, p.line, p.field, p.value]), [['bad-number', 4, 'SDQ_SCORE', 'seven']]);
  });

  it('keeps codes as written, upper-cased, and names the list of a code that is wrong for the year', () => {
    const { return: ret, problems } = read({ 'h.csv': csv(HEADER, '1,m,01/01/2010,wbri,UN1,,', '2,1,01/01/2010,WBRI,UN1,1.0,', '3,X,01/01/2010,WBRI,UN1,,') }, '2024/25');
    assert.deepEqual(ret!.tables.header.map((r) => [r.SEX, r.ETHNIC, r.MOTHER]), [['M', 'WBRI', null], ['1', 'WBRI', '1'], ['X', 'WBRI', null]]);
    assert.deepEqual(ret!.tables.header[0]!.raw, { SEX: 'm', ETHNIC: 'wbri' });
    assert.deepEqual(ret!.tables.header[1]!.raw, { MOTHER: '1.0' });
    assert.deepEqual(problems.map((p) => [p.severity, p.kind, p.line, p.field, p.value]), [['warning', 'bad-code', 3, 'SEX', '1'], ['error', 'bad-code', 4, 'SEX', 'X']]);
    assert.match(problems[0]!.message, /sex \(SEX\) list in 2024\/25 returns \(it is in other years\)/);
    assert.equal(read({ 'h.csv': csv(HEADER, '2,1,01/01/2010,WBRI,UN1,,') }, '2023/24').problems.length, 0);
  });

  it('reports blank values the DfE requires', () => {
    const { return: ret, problems } = read({ 'e.csv': csv(EPISODES, ',01/05/2024,,C2,N1,U4,,,,,,,') });
    assert.equal(ret!.tables.episodes[0]!.CHILD, '');
    assert.deepEqual(problems.map((p) => [p.severity, p.kind, p.field]), [['error', 'missing-value', 'CHILD'], ['warning', 'missing-value', 'RNE']]);
  });

  it('reports extra columns and keeps them out of the model', () => {
    const { return: ret, problems } = read({ 'h.csv': csv(`${HEADER},LA,`, '1001,M,05/06/2012,WBRI,UN1,,,Barset,') });
    assert.deepEqual(Object.keys(withoutProvenance(ret!.tables.header[0]!)), ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB']);
    assert.deepEqual(problems.map((p) => [p.severity, p.kind, p.line, p.field]), [['warning', 'unknown-column', 1, 'LA'], ['warning', 'unknown-column', 1, '']]);
    assert.match(problems[1]!.message, /column 9 has no name/);
  });

  it('loads a table with missing columns, as blanks: an error when the DfE requires the column, else a warning', () => {
    const { return: ret, problems } = read({ 'h.csv': csv('CHILD,SEX,ETHNIC,UPN,MOTHER', '1001,M,WBRI,UN1,') });
    assert.equal(ret!.tables.header[0]!.DOB, null);
    assert.equal(ret!.tables.header[0]!.MC_DOB, null);
    assert.deepEqual(problems.map((p) => [p.severity, p.kind, p.file, p.line, p.path, p.field]), [
      ['error', 'missing-column', 'h.csv', 1, 'header', 'DOB'],
      ['warning', 'missing-column', 'h.csv', 1, 'header', 'MC_DOB'],
    ]);
  });

  it('reports a renamed column as unknown, and the column it replaced as missing', () => {
    const { return: ret, problems } = read({ 'e.csv': episodes.replace('DECOM', 'START_DATE') });
    assert.equal(ret!.tables.episodes.length, 2);
    assert.equal(ret!.tables.episodes[0]!.DECOM, null);
    assert.deepEqual(problems.map((p) => [p.kind, p.field]), [['unknown-column', 'START_DATE'], ['missing-column', 'DECOM']]);
  });

  it('reports a column named twice, naming both positions, and reads the first', () => {
    const { return: ret, problems } = read({ 'h.csv': csv(`${HEADER},dob`, '1001,M,05/06/2012,WBRI,UN1,,,07/08/2013') });
    assert.equal(ret!.tables.header[0]!.DOB, '2012-06-05');
    assert.deepEqual(problems.map((p) => [p.severity, p.kind, p.field]), [['error', 'duplicate-column', 'DOB']]);
    assert.match(problems[0]!.message, /columns 3 and 8/);
  });

  it('reports rows with more or fewer values than the header', () => {
    const { return: ret, problems } = read({ 'h.csv': csv(HEADER, '1001,M,05/06/2012,WBRI,UN1,,,extra', '1002,F,05/06/2012,WBRI,UN1') });
    assert.equal(ret!.tables.header.length, 2);
    assert.deepEqual(problems.map((p) => [p.kind, p.line, p.child]), [['bad-row', 2, '1001'], ['bad-row', 3, '1002']]);
  });

  it('reports a second file for the same table and reads only the first', () => {
    const { return: ret, problems } = read({ 'a/episodes.csv': episodes, 'b/episodes copy.csv': csv(EPISODES, '9,01/05/2024,S,C2,N1,U4,PR1,,,,,,') });
    assert.deepEqual(ret!.tables.episodes.map((e) => e.CHILD), ['1001', '1002']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.severity, 'error');
    assert.equal(problems[0]!.file, 'b/episodes copy.csv');
    assert.match(problems[0]!.message, /already read from a\/episodes\.csv/);
  });

  it('reports a file that is no SSDA903 table, naming its columns, and still reads the others', () => {
    const { return: ret, problems } = read({ 'h.csv': header, 'cin.csv': csv('CHILD,CINreferralDate,ReferralSource', 'X1,2024-01-01,1A') });
    assert.equal(ret!.tables.header.length, 2);
    assert.deepEqual(only(problems, 'unknown-table').map((p) => [p.severity, p.file, p.line]), [['error', 'cin.csv', 1]]);
    assert.match(problems[0]!.message, /does not match any SSDA903 table: its columns are CHILD, CINreferralDate, ReferralSource/);
  });

  it('does not repeat the values of a file saved without its header row', () => {
    const { problems } = read({ 'h.csv': csv('1001,M,05/06/2012,WBRI,A123456789012,,') });
    assert.equal(problems[0]!.kind, 'unknown-table');
    assert.doesNotMatch(problems[0]!.message, /1001|2012|A123/);
    assert.match(problems[0]!.message, /names none of the SSDA903 columns .* header row is missing/);
  });

  it('refuses an Excel workbook or binary junk, naming the file, and still reads the other tables', () => {
    const xlsx = new Uint8Array(readFileSync(reference('samples/csc-validator-be-903/tests/fake_data/ch_fake.xlsx')));
    const junk = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const { return: ret, problems } = read({ 'episodes.xlsx': xlsx, 'header.csv': new TextEncoder().encode(header), 'missing.csv': junk });
    assert.equal(ret!.tables.header.length, 2);
    assert.deepEqual(problems.map((p) => [p.severity, p.kind, p.file]), [['error', 'bad-format', 'episodes.xlsx'], ['error', 'bad-format', 'missing.csv']]);
    assert.match(problems[0]!.message, /Excel workbook/);
    assert.ok(ret!.absent.includes('episodes'));
  });

  it('reads social worker episodes from 2023/24 and DoLo periods from 2026/27 only', () => {
    const sw = csv('CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON', '1001,05/06/2012,SW1,01/05/2022,,');
    const dolo = csv('CHILD,DOB,DOLO_START,DOLO_END', '1001,05/06/2012,01/05/2026,');
    const early = read({ 'sw_episodes.csv': sw, 'dolo.csv': dolo, 'e.csv': episodes }, '2022/23');
    assert.deepEqual(early.return!.tables.social_worker, []);
    assert.ok(!early.return!.absent.includes('social_worker'), 'a table the year does not have is not missing from it');
    assert.deepEqual(early.problems.map((p) => [p.kind, p.file, p.path]), [['unknown-table', 'sw_episodes.csv', 'social_worker'], ['unknown-table', 'dolo.csv', 'dolo']]);
    assert.match(early.problems[0]!.message, /only from 2023\/24/);
    const late = read({ 'sw_episodes.csv': sw, 'dolo.csv': dolo }, '2026/27');
    assert.deepEqual(late.problems, []);
    assert.equal(late.return!.tables.social_worker[0]!.SW_ID, 'SW1');
    assert.equal(late.return!.tables.dolo[0]!.DOLO_START, '2026-05-01');
  });

  it('keeps a partial DATE_PERM as written', () => {
    const { return: ret, problems } = read({ 'p.csv': csv('CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM', '1,01/01/2010,P1,201,zz/05/2015') });
    assert.equal(ret!.tables.previous_permanence[0]!.DATE_PERM, 'zz/05/2015');
    assert.deepEqual(problems, []);
  });

  it('takes the year from the file names when not given', () => {
    const files = (names: string[]): TextFile[] => names.map((name, i) => ({ name, content: i ? episodes : header }));
    assert.equal(read903(files(['903/2024/header.csv', '903/2024/episodes.csv'])).return?.year, '2023/24');
    assert.equal(read903(files(['SSDA903_2025_header.csv'])).return?.year, '2024/25');
    const unknown = read903(files(['header.csv']));
    assert.equal(unknown.return, null);
    assert.equal(unknown.problems[0]!.kind, 'unknown-year');
    const conflict = read903(files(['2023/header.csv', '2024/episodes.csv']));
    assert.equal(conflict.return, null);
    assert.match(conflict.problems[0]!.message, /2022\/23, 2023\/24/);
    const asked = read903(files(['2023/header.csv']), { year: '2024/25' });
    assert.equal(asked.return?.year, '2024/25');
    assert.deepEqual(asked.problems.map((p) => [p.severity, p.kind, p.file]), [['warning', 'unknown-year', '2023/header.csv']]);
  });

  it('gives no return when no file holds a table, and says why', () => {
    const empty = read({ 'a.csv': '', 'b.csv': '\n\n' });
    assert.equal(empty.return, null);
    assert.deepEqual(empty.problems.map((p) => [p.kind, p.file]), [['unknown-table', 'a.csv'], ['unknown-table', 'b.csv'], ['unknown-table', undefined]]);
    assert.equal(read903([], { year: '2024/25' }).return, null);
  });

  it('reports an unclosed quote at its line and reads what it can', () => {
    const { return: ret, problems } = read({ 'h.csv': csv(HEADER, '1001,M,05/06/2012,WBRI,UN1,,', '"1002,F,05/06/2012,WBRI,UN1,,', '1003,F,05/06/2012,WBRI,UN1,,') });
    assert.equal(ret!.tables.header[0]!.CHILD, '1001');
    assert.ok(problems.some((p) => p.kind === 'bad-row' && p.line === 3 && /never closed/.test(p.message)));
  });

  it('never throws, and every problem says where and what, whatever the bytes', () => {
    const valid = [header, episodes, csv('CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM', '1,01/01/2010,P1,,"a,b"')].join('');
    const mutation = fc.oneof(
      fc.record({ at: fc.nat(), text: fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', ' ', '\uFEFF', '\u0000', 'x', '0', '/', '.', 'CHILD', 'DOB') }) }),
      fc.record({ at: fc.nat(), cut: fc.nat(40) }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 8 }), fc.boolean(), (mutations, asBytes) => {
        let text = valid;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          text = 'text' in m ? text.slice(0, at) + m.text + text.slice(at) : text.slice(0, at) + text.slice(at + m.cut);
        }
        const parts = text.split('\n\n');
        const files = parts.map((content, i) => ({ name: `f${i}.csv`, content: asBytes ? new TextEncoder().encode(content) : content }));
        const { return: ret, problems } = read903(files, { year: '2024/25' });
        for (const p of problems) assert.ok(p.message && p.kind && p.severity);
        for (const table of Object.values(ret?.tables ?? {}) as { line?: number }[][]) {
          const lines = table.map((r) => r.line!);
          assert.ok(lines.every((l, i) => l >= 2 && (i === 0 || l > lines[i - 1]!)));
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      read903([{ name: 'x.csv', content: bytes }], { year: '2024/25' });
    }), { numRuns: 200 });
  });
});

it('leaves UASC status out of a CSV header, which has no such column (the uasc table says it)', () => {
  const { return: ret } = read903([{ name: 'header.csv', content: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,WBRI,A123456789012,,\n' }], { year: '2023/24' });
  assert.equal(ret!.tables.header[0]!.UASC, undefined);
});
