import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-205C.ts';
import { cellsOf, check, header, run, uasc } from './test-helpers.ts';

const ceased = uasc({ DUC: '2023-09-01' });

describe('rule 205C', () => {
  it('passes a date UASC ceased for a child identified as UASC this year or last year (in either layout)', () => {
    assert.deepEqual(check(rule, { header: [header({ UASC: '1' })], uasc: [ceased] }, { previous: { header: [header()] } }), []);
    assert.deepEqual(check(rule, { header: [header({ UASC: '0' })], uasc: [ceased] }, { previous: { header: [header({ UASC: '1' })] } }), []);
    assert.deepEqual(check(rule, { header: [header({ UASC: '0' })], uasc: [ceased] }, { previous: { header: [header()], uasc: [uasc()] } }), []);
  });
  it('flags a date UASC ceased for a child identified as UASC in neither year', () => {
    const findings = check(rule, { header: [header({ UASC: '0' })], uasc: [ceased] }, { previous: { header: [header({ UASC: '0' })] } });
    assert.deepEqual(cellsOf(findings), ['UASC.DUC=2023-09-01']);
    assert.deepEqual(cellsOf(findings[0]!.related), ['Header.UASC=0']);
    assert.equal(check(rule, { header: [header({ UASC: null })], uasc: [ceased] }, { previous: {} }).length, 1, 'a child new this year');
  });
  it('is skipped for a CSV return, and without last year’s', () => {
    assert.equal(run(rule, { header: [header()], uasc: [ceased] }, { previous: { header: [header()] } }).outcome.status, 'skipped');
    assert.equal(run(rule, { header: [header({ UASC: '0' })], uasc: [ceased] }).outcome.status, 'skipped');
  });
});
