import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-2991Q.ts';
import { assessment, check, child, episode, s47 } from './test-helpers.ts';

describe('rule 2991Q', () => {
  it('passes an enquiry with an assessment', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47()], Assessments: [assessment()] })] })), []);
  });
  it('flags an enquiry without one, once per episode', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Section47: [s47(), s47({ S47ActualStartDate: '2023-07-01' })] })] })).length, 1);
  });
});
