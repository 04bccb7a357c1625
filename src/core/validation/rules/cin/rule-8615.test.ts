import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8615.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 8615', () => {
  it('passes a start on the conference day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47({ S47ActualStartDate: '2023-06-22' })] })] })), []);
  });
  it('flags a missing start and one after the conference', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Section47: [s47({ S47ActualStartDate: null }), s47({ S47ActualStartDate: '2023-06-23' })] })] })).length, 2);
  });
});
