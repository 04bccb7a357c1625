import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8675Q.ts';
import { check, child, episode, fieldsOf, s47 } from './test-helpers.ts';

describe('rule 8675Q', () => {
  const enquiry = (start: string, p: Parameters<typeof s47>[0] = {}) => child({ episodes: [episode({ CINreferralDate: '2024-01-02', Section47: [s47({ S47ActualStartDate: start, InitialCPCtarget: null, DateOfInitialCPC: null, ...p })] })] });
  // 7 to 31 March 2024 is exactly 15 working days, Good Friday (29 March) not counted.
  it('passes an enquiry 15 working days old, and an older one not needing a conference', () => {
    assert.deepEqual(check(rule, [enquiry('2024-03-07'), enquiry('2024-01-10', { ICPCnotRequired: true })]), []);
  });
  it('flags one 16 working days old', () => {
    assert.deepEqual(fieldsOf(check(rule, enquiry('2024-03-06'))), ['Section47.DateOfInitialCPC=null']);
  });
});
