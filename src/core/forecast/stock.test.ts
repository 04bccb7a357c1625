import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { dailyStock } from './stock.ts';

test('a child counts from DECOM and not on DEC; open spans count to the end', () => {
  const [a, b] = dailyStock([{ start: 10, end: 12, key: 0 }, { start: 11, end: null, key: 1 }, { start: 5, end: 30, key: -1 }], (s) => s.key, 2, 9, 13);
  assert.deepEqual([...a!], [0, 1, 1, 0, 0]);
  assert.deepEqual([...b!], [0, 0, 1, 1, 1]);
});

test('property: equals counting span by span', () => {
  const span = fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.option(fc.integer({ min: 0, max: 40 })), key: fc.integer({ min: -1, max: 2 }) });
  fc.assert(fc.property(fc.array(span, { maxLength: 30 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (raw, from, length) => {
    const spans = raw.map((s) => ({ start: s.start, end: s.length === null ? null : s.start + s.length, key: s.key }));
    const to = from + length;
    const stock = dailyStock(spans, (s) => s.key, 3, from, to);
    for (let k = 0; k < 3; k++) {
      for (let d = from; d <= to; d++) {
        const expected = spans.filter((s) => s.key === k && s.start <= d && (s.end === null || d < s.end)).length;
        assert.equal(stock[k]![d - from], expected);
      }
    }
  }));
});
