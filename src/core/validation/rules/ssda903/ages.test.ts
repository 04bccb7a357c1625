import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { birthday } from './ages.ts';

describe('birthday', () => {
  it('puts the birthday of a child born on 29 February on 28 February in other years', () => {
    assert.equal(birthday('2004-02-29', 18), '2022-02-28');
    assert.equal(birthday('2004-02-29', 4), '2008-02-29');
  });
});
