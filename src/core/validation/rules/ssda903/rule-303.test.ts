import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-303.ts';
import { cellsOf, check, header, run, uasc } from './test-helpers.ts';

describe('rule 303', () => {
  it('passes a date UASC ceased with status 1, and status 0 with no date', () => {
    assert.deepEqual(check(rule, { header: [header({ UASC: '1' })], uasc: [uasc({ DUC: '2023-09-01' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ UASC: '0' })] }), []);
  });
  it('flags the status of a child with a date UASC ceased but status 0 or blank', () => {
    const findings = check(rule, { header: [header({ UASC: '0' }), header({ CHILD: '2', UASC: null })], uasc: [uasc({ DUC: '2023-09-01' }), uasc({ CHILD: '2', DUC: '2023-10-01' })] });
    assert.deepEqual(cellsOf(findings), ['Header.UASC=0', 'Header.UASC=null']);
    assert.deepEqual(cellsOf(findings[0]!.related), ['UASC.DUC=2023-09-01']);
  });
  it('is skipped for a CSV return, where a date UASC ceased is itself on the UASC row', () => {
    assert.equal(run(rule, { header: [header()], uasc: [uasc({ DUC: '2023-09-01' })] }).outcome.status, 'skipped');
  });
});
