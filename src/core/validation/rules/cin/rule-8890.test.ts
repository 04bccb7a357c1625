import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8890.ts';
import { check, child, episode, fieldsOf, s47 } from './test-helpers.ts';

describe('rule 8890', () => {
  it('passes an enquiry starting on the day of the last one\'s conference', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47(), s47({ S47ActualStartDate: '2023-06-22', DateOfInitialCPC: null, ICPCnotRequired: true }), s47({ S47ActualStartDate: '2023-06-23' })] })] })), []);
  });
  it('flags an enquiry starting while another is open', () => {
    const findings = check(rule, child({ episodes: [episode({ Section47: [s47({ DateOfInitialCPC: null }), s47({ S47ActualStartDate: '2023-07-01' })] })] }));
    assert.deepEqual(fieldsOf(findings), ['Section47.S47ActualStartDate=2023-07-01']);
  });
});
