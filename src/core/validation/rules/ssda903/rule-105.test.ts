import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-105.ts';
import { cellsOf, check, header, run } from './test-helpers.ts';

describe('rule 105', () => {
  it('passes UASC status 0 or 1 in the header', () => {
    assert.deepEqual(check(rule, { header: [header({ UASC: '0' }), header({ CHILD: '2', UASC: ' 1 ' })] }), []);
  });
  it('flags a status that is blank or not a code', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ UASC: null }), header({ CHILD: '2', UASC: 'Y' })] })), ['Header.UASC=null', 'Header.UASC=Y']);
  });
  it('is skipped, saying why, for a CSV return, whose header has no UASC column', () => {
    const { outcome } = run(rule, { header: [header()] });
    assert.equal(outcome.status, 'skipped');
    assert.match(outcome.status === 'skipped' ? outcome.reason : '', /HEADER\/UASC.*CSV layout does not/);
  });
});
