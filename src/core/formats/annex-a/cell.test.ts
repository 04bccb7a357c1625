import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dayNumber, fromDayNumber } from '../../model/dates.ts';
import { EXCEL_EPOCH, readCell } from './cell.ts';
import type { AnnexAColumn } from './types.ts';

const col = (type: AnnexAColumn['type'], blank = true, codes?: string): AnnexAColumn => ({ heading: 'X', type, blank, ...(codes ? { codes } : {}) });

describe('reading an Annex A cell', () => {
  it('reads dates as Excel serials, serials typed as text, ISO, UK and dashed text, keeping the text', () => {
    assert.deepEqual(readCell(col('date'), 44090), { value: '2020-09-16' });
    assert.deepEqual(readCell(col('date'), 44090.75), { value: '2020-09-16' });
    assert.deepEqual(readCell(col('date'), '44090'), { value: '2020-09-16', raw: '44090' });
    assert.deepEqual(readCell(col('date'), '15/09/2020'), { value: '2020-09-15', raw: '15/09/2020' });
    assert.deepEqual(readCell(col('date'), '15-09-2020'), { value: '2020-09-15', raw: '15-09-2020' });
    assert.deepEqual(readCell(col('date'), '2020-09-15 00:00:00'), { value: '2020-09-15', raw: '2020-09-15 00:00:00' });
    assert.deepEqual(readCell(col('date'), '2020-09-15'), { value: '2020-09-15' });
    assert.equal(readCell(col('date'), '31/02/2020').problem, 'is not a date');
    assert.equal(readCell(col('date'), 'soon').value, null);
  });

  it('any day survives being written as a serial and read back', () => {
    fc.assert(fc.property(fc.integer({ min: dayNumber('1900-03-01'), max: dayNumber('2099-12-31') }), (day) => readCell(col('date'), day + EXCEL_EPOCH).value === fromDayNumber(day)));
  });

  it('reads ids stored as floats as the id, keeping the text', () => {
    assert.deepEqual(readCell(col('id', false), 1234), { value: '1234' });
    assert.deepEqual(readCell(col('id', false), '1234.0'), { value: '1234', raw: '1234.0' });
    assert.deepEqual(readCell(col('id', false), 'AB12'), { value: 'AB12' });
  });

  it('reads fractional ages as whole years and refuses negative counts', () => {
    assert.deepEqual(readCell(col('age'), 6.138261464750171), { value: 6, raw: '6.138261464750171' });
    assert.equal(readCell(col('integer'), -1).problem, 'is not a whole number of 0 or more');
    assert.deepEqual(readCell(col('integer'), '3'), { value: 3 });
    assert.deepEqual(readCell(col('integer'), ' 3'), { value: 3 });
  });

  it('says when a required cell is empty, and keeps an unknown code as written', () => {
    assert.equal(readCell(col('text', false), '  ').problem, 'is empty, but Ofsted requires a value');
    assert.deepEqual(readCell(col('text', true), null), { value: null });
    assert.deepEqual(readCell(col('category', false, 'Gender'), 'Alien'), { value: null, raw: 'Alien', problem: 'is not a value Sightline knows for Gender' });
    assert.deepEqual(readCell(col('category', false, 'Gender'), 'Male'), { value: 'Male' });
  });
});
