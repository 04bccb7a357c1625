import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../model/dates.ts';
import { overlaps, type Spell } from './intervals.ts';

const spell = (item: number, start: string | null, end: string | null): Spell<number> => ({ item, start, end });

describe('overlapping spells', () => {
  it('allows a hand-over on the same day and pairs a spell with the open one before it', () => {
    assert.deepEqual(overlaps([spell(1, '2023-01-01', '2023-02-01'), spell(2, '2023-02-01', null)]), []);
    assert.deepEqual(overlaps([spell(2, '2023-03-01', null), spell(1, '2023-01-01', null)]), [[1, 2]]);
    assert.deepEqual(overlaps([spell(1, null, null), spell(2, '2023-01-01', null)]), []);
  });

  it('flags exactly the spells that start inside an earlier one', () => {
    const arbSpell = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 0, max: 30 })));
    fc.assert(
      fc.property(fc.array(arbSpell, { maxLength: 8 }), (raw) => {
        const spells = raw.map(([s, len], i) => spell(i, addDays('2023-01-01', s), len === null ? null : addDays('2023-01-01', s + len)));
        const flagged = new Set(overlaps(spells).map(([, later]) => later));
        const byStart = [...spells].sort((a, b) => a.start!.localeCompare(b.start!));
        for (const [j, later] of byStart.entries()) {
          const inside = byStart.slice(0, j).some((e) => e.end === null || later.start! < e.end);
          assert.equal(flagged.has(later.item), inside);
        }
      }),
    );
  });
});
