import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8868.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 8868', () => {
  it('passes enquiries ended by a conference or by ICPCnotRequired', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-09-01', Section47: [s47(), s47({ DateOfInitialCPC: null, ICPCnotRequired: true })] })] })), []);
  });
  it('flags an enquiry left open', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-09-01', Section47: [s47({ DateOfInitialCPC: null })] })] })).length, 1);
  });
});
