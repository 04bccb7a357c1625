import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { read, utils } from '@e965/xlsx';
import { reference } from '../../testing/shared-reference.ts';
import { sightline } from '../testing.ts';

const cin2024 = reference('samples/csc-validator-be-cin/fake_data/CIN_Census_2024.xml');
const tmp = mkdtempSync(join(tmpdir(), 'sightline-validate-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('sightline validate cin', () => {
  it('lists the rules broken, worst first, and exits 1 when there are errors', () => {
    const run = sightline(['validate', 'cin', cin2024]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /2 children checked: \d+ errors/);
    assert.match(run.stdout, /1103 ERROR: The assessment start date cannot be before the referral date\n {2}1 finding, 1 child\n {2}How to fix: /);
    assert.match(run.stdout, /line 93, Assessments\/AssessmentActualStartDate = 2023-12-25; related: CINdetails\/CINreferralDate = 2024-10-24 \(line 87\)/);
  });

  it('writes JSON with every rule\'s outcome and the reader\'s problems', () => {
    const out = join(tmp, 'r.json');
    assert.equal(sightline(['validate', 'cin', cin2024, '--format', 'json', '--out', out]).status, 1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { outcomes: { code: string; status: string }[]; findings: unknown[]; problems: unknown[] };
    assert.equal(new Set(report.outcomes.map((o) => o.code)).size, 109, 'one outcome for every DfE CIN rule');
    assert.ok(report.outcomes.every((o) => ['ran', 'not-applicable', 'skipped', 'failed'].includes(o.status)));
    assert.ok(report.findings.length > 10);
    assert.ok(report.problems.length > 0, 'the sample has schema problems too');
  });

  it('writes an xlsx workbook with Summary, Detail and Reading problems sheets', () => {
    const out = join(tmp, 'r.xlsx');
    sightline(['validate', 'cin', cin2024, '--format', 'xlsx', '--out', out]);
    const book = read(readFileSync(out));
    assert.deepEqual(book.SheetNames, ['Summary', 'Detail', 'Reading problems']);
    const summary = utils.sheet_to_json<string[]>(book.Sheets.Summary!, { header: 1 });
    assert.match(String(summary[0]![0]), /CIN census 2023\/24/);
    assert.deepEqual(summary[2], ['Rule', 'Type', 'Message', 'Status', 'Note', 'Findings', 'Children', 'How to fix']);
    const detail = utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Detail!);
    assert.ok(detail.some((r) => r.Rule === '1103' && r.Line === 93 && r.Value === '2023-12-25'));
  });

  it('writes CSV findings, one row per cell', () => {
    const csv = sightline(['validate', 'cin', cin2024, '--format', 'csv']).stdout.split('\n');
    assert.equal(csv[0], 'Rule,Type,Child,Table,Field,Value,Line,Message,Related cells');
    assert.ok(csv.some((l) => l.startsWith('1103,error,child_fails_assessments,Assessments,AssessmentActualStartDate,2023-12-25,93,')));
  });

  it('exits 2, saying why, when the file is not a census', () => {
    const junk = join(tmp, 'junk.xml');
    writeFileSync(junk, 'this is not xml at all');
    const run = sightline(['validate', 'cin', junk]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /could not be validated/);
  });
});

describe('sightline validate 903', () => {
  it('validates a folder of tables for a stated year, reporting rules skipped for missing tables', () => {
    const run = sightline(['validate', '903', reference('synthetic/medium-la-903/per-year/2024'), '--year', '2023/24']);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.match(run.stdout, /SSDA903 2023\/24/);
    assert.match(run.stdout, /Rules skipped \(\d+\):/);
    assert.match(run.stdout, /needs the sw_episodes table|needs the social_worker table|which was not given/);
  });

  it('exits 2 when no table can be read', () => {
    const junk = join(tmp, 'junk.csv');
    writeFileSync(junk, 'name,age\nx,1\n');
    assert.equal(sightline(['validate', '903', junk, '--year', '2024/25']).status, 2);
  });
});
