import assert from 'node:assert/strict';
import { it } from 'node:test';
import { collectionStart, collectionYearOf, endYearOf, parseCollectionYear, referenceDate } from './collection-year.ts';

it('names a collection year the way the DfE does', () => {
  assert.equal(collectionYearOf('2025-04-01'), '2025/26');
  assert.equal(collectionYearOf('2026-03-31'), '2025/26');
  assert.equal(collectionYearOf('2026-04-01'), '2026/27');
  assert.equal(endYearOf('2025/26'), 2026);
  assert.equal(referenceDate('2025/26'), '2026-03-31');
  assert.equal(collectionStart('2025/26'), '2025-04-01');
  assert.equal(collectionYearOf('1999-12-31'), '1999/00');
});

it('reads the forms people write a year in', () => {
  for (const text of ['2025/26', '2025-26', '202526', '2526', '25/26', '2026', '2025/2026']) assert.equal(parseCollectionYear(text), '2025/26', text);
  assert.equal(parseCollectionYear('1999/00'), '1999/00');
  for (const text of ['2025/27', 'abc', '2025/', '']) assert.equal(parseCollectionYear(text), null, text);
});
