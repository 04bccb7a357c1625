import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CinNode } from './cin-schema.ts';
import { cinSchema } from './cin-schema.ts';

function find(node: CinNode, path: string): CinNode {
  return path.split('/').reduce((n, name) => n.children[n.position.get(name)!]!, node);
}

describe('cinSchema', () => {
  it('follows the element changes by census year', () => {
    const identifiers = (year: number) => find(cinSchema(year), 'Children/Child/ChildIdentifiers');
    assert.equal(find(identifiers(2024), 'GenderCurrent').inYear, true);
    assert.equal(find(identifiers(2024), 'Sex').inYear, false);
    assert.equal(find(identifiers(2025), 'GenderCurrent').inYear, false);
    assert.equal(find(identifiers(2025), 'Sex').inYear, true);
    assert.equal(find(cinSchema(2021), 'Children/Child/CINdetails/CINPlanDates').inYear, false);
    assert.equal(find(cinSchema(2022), 'Children/Child/CINdetails/CINPlanDates').inYear, true);
    assert.equal(find(cinSchema(2021), 'Children/Child/CINdetails/CINPlanDates/CINPlanStartDate').inYear, false);
  });

  it('resolves each year\'s code lists', () => {
    const source = (year: number) => find(cinSchema(year), 'Children/Child/CINdetails/ReferralSource').codes!;
    assert.equal(source(2022).has('5D'), false);
    assert.equal(source(2023).has('5D'), true);
    assert.equal(find(cinSchema(2025), 'Children/Child/ChildIdentifiers/Sex').codes!.has('M'), true);
  });

  it('marks the elements that must occur, in this year', () => {
    const identifiers = (year: number) => find(cinSchema(year), 'Children/Child/ChildIdentifiers');
    const required = (node: CinNode) => node.children.filter((_, i) => node.requiredMask & (1 << i)).map((c) => c.name);
    assert.deepEqual(required(identifiers(2024)), ['LAchildID', 'GenderCurrent']);
    assert.deepEqual(required(identifiers(2026)), ['LAchildID', 'Sex']);
    assert.deepEqual(required(find(cinSchema(2026), 'Children/Child/CINdetails')), ['CINreferralDate', 'ReferralSource', 'ReferralNFA']);
  });

  it('clamps years outside the known range to the nearest', () => {
    assert.equal(cinSchema(2010), cinSchema(2017));
    assert.equal(cinSchema(2030), cinSchema(2026));
  });

  it('gives records a template of their model fields', () => {
    const child = find(cinSchema(2026), 'Children/Child');
    assert.deepEqual(child.template, { ChildIdentifiers: null, ChildCharacteristics: null, CINdetails: null });
    assert.deepEqual(child.arrayFields, ['CINdetails']);
    const header = find(cinSchema(2026), 'Header');
    assert.deepEqual(Object.keys(header.template!), ['Collection', 'Year', 'ReferenceDate', 'SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime']);
    const assessment = find(cinSchema(2026), 'Children/Child/CINdetails/Assessments');
    assert.equal(assessment.template!.AssessmentFactors, null);
    assert.deepEqual(assessment.arrayFields, []);
  });
});
