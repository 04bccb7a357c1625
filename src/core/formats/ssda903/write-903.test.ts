import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { codesIn } from '../../codes/code-list.ts';
import { collectionYear, endYearOf, type CollectionYear } from '../../model/collection-year.ts';
import { withoutProvenance } from '../../model/provenance.ts';
import type { Episode, Ssda903Return, Ssda903TableName, Ssda903Tables } from '../../model/ssda903.ts';
import { read903 } from './read-903.ts';
import { inReturn, layouts903, tableNames903, type Column903 } from './tables.ts';
import { write903, write903Table } from './write-903.ts';
import { yearFromPath } from './year-from-path.ts';
import { reference } from '../../../testing/shared-reference.ts';

const samples = reference();

function folder(dir: string, skip: (name: string) => boolean = () => false) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && !skip(f))
    .map((f) => ({ name: join(dir, f), content: new Uint8Array(readFileSync(join(dir, f))) }));
}

/** Writes a return and reads it back. */
function roundTrip(ret: Ssda903Return) {
  return read903(write903(ret), { year: ret.year, ...(ret.la ? { la: ret.la } : {}) });
}

const episode: Episode = {
  CHILD: '1001', DECOM: '2024-05-01', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', DEC: null, REC: null,
  REASON_PLACE_CHANGE: null, HOME_POST: 'AB1 2CD', PL_POST: null, URN: 'SC123456',
};

describe('write903Table', () => {
  it('writes the DfE header and columns in order, dates as dd/mm/yyyy, quoting only where needed', () => {
    const rows: Episode[] = [episode, { ...episode, CHILD: 'A,"B"', DEC: '2025-01-31', REC: 'E13', HOME_POST: 'line\nbreak' }];
    assert.equal([...write903Table('episodes', rows, '2024/25')].join(''), [
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
      '1001,01/05/2024,S,C2,N1,U4,PR1,,,,AB1 2CD,,SC123456',
      '"A,""B""",01/05/2024,S,C2,N1,U4,PR1,31/01/2025,E13,,"line\nbreak",,SC123456',
      '',
    ].join('\n'));
  });

  it('writes numbers, and writes back the text of a value the reader could not understand', () => {
    const oc2 = {
      CHILD: '7', DOB: null, SDQ_SCORE: 12, SDQ_REASON: null, CONVICTED: '0', HEALTH_CHECK: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1',
      HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: null, INTERVENTION_OFFERED: null, raw: { DOB: '31/02/2010', CONVICTED: 'n' },
    };
    assert.equal([...write903Table('oc2', [oc2], '2024/25')].join('').split('\n')[1], '7,31/02/2010,12,,0,1,1,1,1,0,,');
  });

  it('streams: chunks come while rows are still being produced', () => {
    let produced = 0;
    function* rows() {
      for (let i = 0; i < 100_000; i += 1) {
        produced += 1;
        yield { ...episode, CHILD: String(i) };
      }
    }
    const chunks = write903Table('episodes', rows(), '2024/25');
    const first = chunks.next();
    assert.equal(first.done, false);
    assert.ok(produced < 5_000, `${produced} rows produced before the first chunk`);
    let lines = first.value.split('\n').length - 1;
    for (const chunk of chunks) lines += chunk.split('\n').length - 1;
    assert.equal(lines, 100_001);
  });

  it('refuses a table the year does not have', () => {
    assert.throws(() => [...write903Table('dolo', [], '2025/26')], /not part of 2025\/26/);
    assert.throws(() => [...write903Table('social_worker', [], '2022/23')], RangeError);
    assert.equal([...write903Table('social_worker', [], '2023/24')].join(''), 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n');
  });
});

describe('write903', () => {
  const tables = Object.fromEntries(tableNames903.map((t) => [t, []])) as unknown as Ssda903Tables;

  it('writes each table of the year under its DfE file name, leaving out the tables the return did not include', () => {
    const names = (year: CollectionYear, absent: Ssda903TableName[] = []) => write903({ year, la: null, tables, absent }).map((f) => f.name);
    const all = ['header.csv', 'episodes.csv', 'reviews.csv', 'uasc.csv', 'oc2.csv', 'oc3.csv', 'ad1.csv', 'placed_for_adoption.csv', 'previous_permanence.csv', 'missing.csv'];
    assert.deepEqual(names('2022/23'), all);
    assert.deepEqual(names('2023/24'), [...all, 'sw_episodes.csv']);
    assert.deepEqual(names('2026/27'), [...all, 'sw_episodes.csv', 'dolo.csv']);
    assert.deepEqual(names('2026/27', ['oc3', 'dolo']), [...all.filter((n) => n !== 'oc3.csv'), 'sw_episodes.csv']);
  });
});

describe('read → write → read', () => {
  const perYear = `${samples}/synthetic/medium-la-903/per-year`;
  for (const year of readdirSync(perYear)) {
    it(`gives the same return for the synthetic medium LA's ${year} tables`, () => {
      const files = folder(join(perYear, year));
      const first = read903(files);
      assert.ok(first.return);
      assert.equal(first.return.year, yearFromPath(files[0]!.name));
      assert.ok(first.return.tables.episodes.length > 1000);
      const second = roundTrip(first.return);
      assert.deepEqual(withoutProvenance(second.return), withoutProvenance(first.return));
      assert.deepEqual(second.problems.map((p) => [p.kind, p.line, p.field, p.value]), first.problems.map((p) => [p.kind, p.line, p.field, p.value]));
    });
  }

  it('gives the same return for the DfE validator sample tables (read as 2026/27, which has every table)', () => {
    const files = folder(`${samples}/samples/csc-validator-be-903/tests/fake_data`, (f) => f.includes('_errors'));
    const first = read903(files, { year: '2026/27', la: '999' });
    assert.ok(first.return);
    assert.deepEqual(first.return.absent, []);
    assert.equal(first.return.tables.dolo.length, 1);
    assert.deepEqual(first.problems.filter((p) => p.kind !== 'bad-code'), []);
    const second = roundTrip(first.return);
    assert.deepEqual(withoutProvenance(second.return), withoutProvenance(first.return));
    assert.equal(second.return?.la, '999');
  });

  it('keeps unreadable values, upper-cased codes and .0 ids of a hand-built return', () => {
    const text = (rows: string[]) => `${rows.join('\n')}\n`;
    const first = read903([
      { name: 'h.csv', content: text(['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', '12.0,f,31/02/2012,wbri,UN1,1.0,', '"Smith, J",M,01/01/2010,WBRI,UN2,,']) },
      { name: 'a.csv', content: text(['CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR', '12,2012-02-29,soon,01/02/2024,1,two,MF,L11']) },
    ], { year: '2024/25' });
    assert.ok(first.return);
    assert.equal(first.return.tables.ad1[0]!.NB_ADOPTR, null);
    const second = roundTrip(first.return);
    assert.deepEqual(withoutProvenance(second.return), withoutProvenance(first.return));
    assert.deepEqual(second.return!.tables.ad1[0]!.raw, { DATE_INT: 'soon', NB_ADOPTR: 'two' });
    assert.deepEqual(second.return!.tables.header[0]!.raw, { DOB: '31/02/2012' });
  });
});

describe('property: any return survives write → read', () => {
  /** Text as the reader gives it back: trimmed, not blank; line breaks inside a value are LF. */
  const text = fc
    .oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'Z', '"', ',', '\n', ' ', '.', '0', '9', '/'), minLength: 1, maxLength: 8 }))
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^\d+\.0+$/.test(s));
  const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  function value(column: Column903, endYear: number): fc.Arbitrary<string | number | null> {
    const orNull = <V>(a: fc.Arbitrary<V>) => (column.kind === 'id' ? a : fc.option(a, { nil: null }));
    switch (column.kind) {
      case 'id':
      case 'text':
      case 'partial-date':
        return orNull(text);
      case 'date':
        return orNull(isoDate);
      case 'integer':
        return orNull(fc.integer({ min: -1_000_000, max: 1_000_000 }));
      case 'code':
        // Valid codes, and invalid ones as the reader would keep them (upper case, no `1.0`).
        return orNull(fc.oneof(fc.constantFrom(...codesIn(column.codes!, endYear).codes), text.map((s) => s.toUpperCase()).filter((s) => !/^\d+\.0+$/.test(s))));
    }
  }

  function table<T extends Ssda903TableName>(name: T, endYear: number): fc.Arbitrary<Record<string, unknown>[]> {
    const columns: readonly Column903[] = layouts903[name].columns;
    return fc.array(fc.record(Object.fromEntries(columns.map((c) => [c.name, value(c, endYear)]))), { maxLength: 6 });
  }

  const aReturn: fc.Arbitrary<Ssda903Return> = fc.integer({ min: 2023, max: 2027 }).chain((endYear) =>
    fc
      .record({
        tables: fc.record(Object.fromEntries(tableNames903.map((t) => [t, inReturn(layouts903[t], endYear) ? table(t, endYear) : fc.constant([])]))),
        absent: fc.subarray(tableNames903.filter((t) => inReturn(layouts903[t], endYear))),
      })
      .map(({ tables, absent }) => {
        const missing = [...absent];
        // A return whose every table is absent is read as no return at all.
        if (missing.length === tableNames903.filter((t) => inReturn(layouts903[t], endYear)).length) missing.shift();
        const all = Object.fromEntries(tableNames903.map((t) => [t, missing.includes(t) ? [] : tables[t]!]));
        return { year: collectionYear(endYear), la: null, tables: all as unknown as Ssda903Tables, absent: tableNames903.filter((t) => missing.includes(t)) };
      }),
  );

  it('reads back exactly the rows written', () => {
    fc.assert(
      fc.property(aReturn, (ret) => {
        const back = roundTrip(ret);
        assert.ok(back.return, JSON.stringify(back.problems));
        assert.deepEqual(withoutProvenance(back.return), withoutProvenance(ret));
        assert.equal(endYearOf(back.return.year), endYearOf(ret.year));
      }),
      { numRuns: 150 },
    );
  });
});
