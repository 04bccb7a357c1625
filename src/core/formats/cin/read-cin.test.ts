import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CinChild } from '../../model/cin.ts';
import type { CollectionYear } from '../../model/collection-year.ts';
import type { ReadProblem } from '../../model/problem.ts';
import { readCin, readCinCensus } from './read-cin.ts';
import { reference } from '../../../testing/shared-reference.ts';

const samples = reference('samples/csc-validator-be-cin/fake_data');
const liiaSample = reference('specs/liia-tools/spec/cin_census/samples/cin-2022.xml');

/** A one-child census for `endYear` whose parts can be replaced, to provoke one problem at a time. */
function census(endYear: number, parts: { identifiers?: string; characteristics?: string; details?: string; header?: string } = {}): string {
  const sex = endYear >= 2025 ? '<Sex>F</Sex>' : '<GenderCurrent>2</GenderCurrent>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<Message>
  ${parts.header ?? `<Header><CollectionDetails><Collection>CIN</Collection><Year>${endYear}</Year><ReferenceDate>${endYear}-03-31</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source></Header>`}
  <Children>
    <Child>
      <ChildIdentifiers>
        ${parts.identifiers ?? `<LAchildID>C1</LAchildID>
        <PersonBirthDate>2015-06-01</PersonBirthDate>
        ${sex}`}
      </ChildIdentifiers>
      <ChildCharacteristics>
        ${parts.characteristics ?? '<Ethnicity>WBRI</Ethnicity>'}
      </ChildCharacteristics>
      <CINdetails>
        ${parts.details ?? `<CINreferralDate>${endYear - 1}-05-01</CINreferralDate>
        <ReferralSource>1A</ReferralSource>
        <ReferralNFA>0</ReferralNFA>`}
      </CINdetails>
    </Child>
  </Children>
</Message>
`;
}

async function read(xml: string | Uint8Array, year?: CollectionYear) {
  const children: CinChild[] = [];
  const result = await readCin(xml, { file: 'test.xml', year, onChild: (c) => void children.push(c) });
  return { ...result, list: children };
}

function kinds(problems: readonly ReadProblem[]): string[] {
  return problems.map((p) => p.kind);
}

function only(problems: readonly ReadProblem[], kind: string): ReadProblem {
  const found = problems.filter((p) => p.kind === kind);
  assert.equal(found.length, 1, `expected one ${kind}, got ${JSON.stringify(problems, null, 1)}`);
  return found[0]!;
}

describe('readCin: a valid file', () => {
  it('reads a clean census with no problems, the year from the header', async () => {
    const r = await read(census(2025));
    assert.deepEqual(r.problems, []);
    assert.equal(r.year, '2024/25');
    assert.equal(r.children, 1);
    assert.equal(r.unreadable, false);
    assert.equal(r.header?.LEA, '201');
    const child = r.list[0]!;
    assert.equal(child.ChildIdentifiers.LAchildID, 'C1');
    assert.equal(child.ChildIdentifiers.Sex, 'F');
    assert.equal(child.ChildIdentifiers.GenderCurrent, null);
    assert.deepEqual(child.ChildCharacteristics.Disabilities, []);
    assert.equal(child.CINdetails[0]!.ReferralNFA, false);
    assert.deepEqual(child.CINdetails[0]!.CINPlanDates, []);
  });

  it('populates the model exactly, with lines per record and field and raw text where it differs', async () => {
    const { census: c, problems } = await readCinCensus(readFileSync(liiaSample), { file: 'cin-2022.xml' });
    assert.ok(c);
    assert.equal(c.year, '2021/22');
    assert.deepEqual(problems.map((p) => `${p.kind} ${p.line} ${p.field}`), [
      'bad-format 60 ICPCnotRequired', 'bad-format 62 ReferralNFA',
    ]);
    const child = c.children[0]!;
    assert.equal(child.line, 18);
    assert.equal(child.ChildIdentifiers.line, 19);
    assert.equal(child.ChildIdentifiers.lines?.UPN, 21);
    assert.equal(child.ChildIdentifiers.PersonDeathDate, '1980-10-08');
    assert.deepEqual(child.ChildCharacteristics.Disabilities, ['HAND', 'HEAR']);
    assert.equal(child.ChildCharacteristics.lines?.Disabilities, 31);
    const episode = child.CINdetails[0]!;
    assert.equal(episode.ReferralNFA, false);
    assert.deepEqual(episode.raw, { ReferralNFA: 'false' });
    assert.equal(episode.lines?.ReferralNFA, 62);
    assert.deepEqual(episode.Assessments[0]!.AssessmentFactors, ['2A', '2B']);
    assert.equal(episode.Assessments[0]!.lines?.AssessmentFactors, 47);
    assert.equal(episode.Section47[0]!.ICPCnotRequired, false);
    assert.deepEqual(episode.CINPlanDates.map((p) => [p.CINPlanStartDate, p.CINPlanEndDate]), [['1971-01-24', '1971-01-26']]);
    const plan = episode.ChildProtectionPlans[0]!;
    assert.equal(plan.NumberOfPreviousCPP, 10);
    assert.deepEqual(plan.Reviews, [{ line: 70, CPPreviewDate: '1971-02-15', lines: { CPPreviewDate: 70 } }]);
    assert.equal(c.header.ReferenceDate, '2022-03-31');
    assert.equal(c.header.lines?.LEA, 10);
  });

  it('trims values and keeps the text as written in raw', async () => {
    const r = await read(census(2024, { characteristics: '<Ethnicity>  WBRI\n </Ethnicity>' }));
    const ch = r.list[0]!.ChildCharacteristics;
    assert.equal(ch.Ethnicity, 'WBRI');
    assert.deepEqual(ch.raw, { Ethnicity: '  WBRI\n ' });
    assert.deepEqual(r.problems, []);
  });

  it('reads AssessmentFactors as null when the group is absent and empty when it is empty', async () => {
    const details = `<CINreferralDate>2023-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
      <Assessments><AssessmentActualStartDate>2023-05-02</AssessmentActualStartDate></Assessments>
      <Assessments><AssessmentActualStartDate>2023-05-03</AssessmentActualStartDate><FactorsIdentifiedAtAssessment/></Assessments>
      <ReferralNFA>1</ReferralNFA>`;
    const r = await read(census(2024, { details }));
    const [a, b] = r.list[0]!.CINdetails[0]!.Assessments;
    assert.equal(a!.AssessmentFactors, null);
    assert.deepEqual(b!.AssessmentFactors, []);
    assert.equal(only(r.problems, 'missing-element').field, 'AssessmentFactors');
  });

  it('hands children on in order as the stream is read, whatever the chunking', async () => {
    const xml = census(2024).replace(/<Child>[^]*<\/Child>/, (c) => [1, 2, 3].map((i) => c.replace('C1', `C${i}é`)).join('\n'));
    const bytes = new TextEncoder().encode(xml);
    async function* trickle(size: number) {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    }
    const whole = await read(bytes);
    const seen: string[] = [];
    let progress = 0;
    const result = await readCin(trickle(7), { onChild: async (c) => void seen.push(c.ChildIdentifiers.LAchildID), onProgress: (n) => { assert.ok(n >= progress); progress = n; } });
    assert.deepEqual(seen, ['C1é', 'C2é', 'C3é']);
    assert.equal(progress, bytes.length);
    assert.deepEqual(result.problems, whole.problems);
    assert.deepEqual(result.header, whole.header);
  });

  it('honours a UTF-8 byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(census(2024))]);
    const r = await read(bytes);
    assert.deepEqual(r.problems, []);
    assert.equal(r.children, 1);
  });
});

describe('readCin: each kind of problem, reported with line and path, reading on', () => {
  it('unknown elements, including those of other years, and skips an unknown block', async () => {
    const r = await read(census(2025, { identifiers: '<LAchildID>C1</LAchildID><GenderCurrent>1</GenderCurrent>' }));
    const p = only(r.problems, 'unknown-element');
    assert.equal(p.path, 'Message/Children/Child/ChildIdentifiers/GenderCurrent');
    assert.match(p.message, /not part of the 2024\/25 census: it is used up to 2023\/24/);
    assert.equal(p.child, 'C1');
    assert.equal(only(r.problems, 'missing-element').field, 'Sex');

    const before = await read(census(2024, { identifiers: '<LAchildID>C1</LAchildID><Sex>M</Sex>' }));
    assert.match(only(before.problems, 'unknown-element').message, /Sex is not part of the 2023\/24 census: it is used from 2024\/25/);
    assert.equal(before.list[0]!.ChildIdentifiers.Sex, 'M');

    const plans = `<CINreferralDate>2020-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
      <CINPlanDates><CINPlanStartDate>2020-06-01</CINPlanStartDate></CINPlanDates><ReferralNFA>0</ReferralNFA>`;
    assert.match(only((await read(census(2021, { details: plans }))).problems, 'unknown-element').message, /CINPlanDates .* from 2021\/22/);

    const block = `<CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA>
      <PreProceedingsandFGDM><PPStartDate>nonsense</PPStartDate><PPOutcome>Z</PPOutcome></PreProceedingsandFGDM>`;
    const skipped = await read(census(2026, { details: block }));
    assert.equal(only(skipped.problems, 'unknown-element').path, 'Message/Children/Child/CINdetails/PreProceedingsandFGDM');
    assert.equal(skipped.problems.length, 1, 'nothing inside the unknown block is reported');
  });

  it('wrong types: dates, whole numbers, booleans, patterns, with the value kept as raw', async () => {
    const details = `<CINreferralDate>2023-02-30</CINreferralDate><ReferralSource>1A</ReferralSource>
      <CINclosureDate>05/06/2023</CINclosureDate>
      <ReferralNFA>yes</ReferralNFA>
      <ChildProtectionPlans><CPPstartDate>2023-06-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
      <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>-1</NumberOfPreviousCPP></ChildProtectionPlans>`;
    const r = await read(census(2024, { details }));
    const episode = r.list[0]!.CINdetails[0]!;
    assert.equal(episode.CINreferralDate, null);
    assert.equal(episode.raw?.CINreferralDate, '2023-02-30');
    assert.equal(episode.CINclosureDate, '2023-06-05', 'a day/month/year date is understood');
    assert.equal(episode.raw?.CINclosureDate, '05/06/2023');
    assert.equal(episode.ReferralNFA, null);
    assert.equal(episode.ChildProtectionPlans[0]!.NumberOfPreviousCPP, null);
    assert.deepEqual(r.problems.map((p) => `${p.severity} ${p.kind} ${p.field} ${p.line}`), [
      'error bad-date CINreferralDate 15', 'warning bad-date CINclosureDate 16', 'error bad-format ReferralNFA 17', 'error bad-number NumberOfPreviousCPP 19',
    ]);
  });

  it('never puts personal data in a problem', async () => {
    const r = await read(census(2024, { identifiers: '<LAchildID>C1</LAchildID><UPN>12345</UPN><PersonBirthDate>1/2/1999x</PersonBirthDate><GenderCurrent>2</GenderCurrent>' }));
    assert.deepEqual(kinds(r.problems), ['bad-format', 'bad-date']);
    for (const p of r.problems) {
      assert.equal(p.value, undefined);
      assert.doesNotMatch(p.message, /12345|1999/);
      assert.equal(p.child, 'C1');
    }
    assert.equal(r.list[0]!.ChildIdentifiers.raw?.PersonBirthDate, '1/2/1999x');
  });

  it('bad codes for the year are kept as written and named with the year\'s list', async () => {
    const details = `<CINreferralDate>2022-05-01</CINreferralDate><ReferralSource>5D</ReferralSource>
      <ReasonForClosure>rc1</ReasonForClosure><ReferralNFA>0</ReferralNFA>`;
    const old = await read(census(2022, { details }));
    const episode = old.list[0]!.CINdetails[0]!;
    assert.equal(episode.ReferralSource, '5D');
    assert.equal(episode.ReasonForClosure, 'rc1');
    const [a, b] = old.problems;
    assert.equal(a!.kind, 'bad-code');
    assert.equal(a!.value, '5D');
    assert.match(a!.message, /'5D' is not a code of the 2021\/22 referral source list/);
    assert.match(b!.message, /'rc1' is not a code of the 2021\/22 reason for closure list/);
    const current = await read(census(2023, { details }));
    assert.deepEqual(kinds(current.problems), ['bad-code'], '5D is a referral source from 2022/23');
  });

  it('missing required elements, order and repetition', async () => {
    const details = `<CINreferralDate>2023-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
      <ChildProtectionPlans><CPPstartDate>2023-06-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
      <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
      <ReferralNFA>0</ReferralNFA>`;
    const r = await read(census(2024, { details, characteristics: '<Ethnicity>WBRI</Ethnicity><Ethnicity>WIRI</Ethnicity>' }));
    const order = only(r.problems, 'out-of-order');
    assert.equal(order.line, 18);
    assert.match(order.message, /ReferralNFA should come before ChildProtectionPlans in CINdetails/);
    assert.equal(r.list[0]!.CINdetails[0]!.ReferralNFA, false, 'an element out of order is still read');
    const repeated = only(r.problems, 'repeated-element');
    assert.equal(repeated.path, 'Message/Children/Child/ChildCharacteristics/Ethnicity');
    assert.equal(r.list[0]!.ChildCharacteristics.Ethnicity, 'WBRI', 'the first is kept');

    const missing = await read(census(2024, { details: '<CINreferralDate>2023-05-01</CINreferralDate>' }));
    assert.deepEqual(missing.problems.map((p) => `${p.kind} ${p.field} ${p.line}`), ['missing-element ReferralSource 14', 'missing-element ReferralNFA 14']);
    assert.equal(missing.list[0]!.CINdetails[0]!.ReferralSource, null);
  });

  it('a child without ChildIdentifiers still has an (empty) record', async () => {
    const xml = census(2024).replace(/<ChildIdentifiers>[^]*<\/ChildIdentifiers>/, '');
    const r = await read(xml);
    assert.equal(only(r.problems, 'missing-element').field, 'ChildIdentifiers');
    assert.equal(r.list[0]!.ChildIdentifiers.LAchildID, '');
    assert.equal(r.list[0]!.ChildIdentifiers.UPN, null);
  });

  it('stray text between elements', async () => {
    const r = await read(census(2024, { identifiers: '<LAchildID>C1</LAchildID>PersonBirthDate\n<GenderCurrent>1</GenderCurrent>' }));
    const p = only(r.problems, 'bad-format');
    assert.equal(p.path, 'Message/Children/Child/ChildIdentifiers');
    assert.equal(p.line, 7);
    assert.match(p.message, /stray text/);
  });

  it('empty codes are null, with the empty text as raw', async () => {
    const r = await read(census(2024, { characteristics: '<Ethnicity></Ethnicity>' }));
    assert.equal(r.list[0]!.ChildCharacteristics.Ethnicity, null);
    assert.equal(r.list[0]!.ChildCharacteristics.raw?.Ethnicity, '');
    assert.match(only(r.problems, 'bad-code').message, /Ethnicity is empty/);
  });

  it('true/false booleans are read, with a warning since the schema wants 0/1', async () => {
    const r = await read(census(2024, { details: '<CINreferralDate>2023-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>TRUE</ReferralNFA>' }));
    assert.equal(r.list[0]!.CINdetails[0]!.ReferralNFA, true);
    assert.equal(r.list[0]!.CINdetails[0]!.raw?.ReferralNFA, 'TRUE');
    assert.equal(only(r.problems, 'bad-format').severity, 'warning');
  });
});

describe('readCin: the census year', () => {
  it('prefers the ReferenceDate when the Year disagrees, and says so', async () => {
    const header = '<Header><CollectionDetails><Collection>CIN</Collection><Year>2023</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>';
    const r = await read(census(2024, { header }));
    assert.equal(r.year, '2023/24');
    const p = only(r.problems, 'bad-format');
    assert.equal(p.severity, 'warning');
    assert.equal(p.line, 3);
  });

  it('a declared year wins over the header', async () => {
    const r = await read(census(2024), '2024/25');
    assert.equal(r.year, '2024/25');
    assert.deepEqual(r.problems.map((p) => p.kind).sort(), ['bad-format', 'missing-element', 'unknown-element']);
  });

  it('a file that does not say its year is read with the latest rules', async () => {
    const r = await read(census(2026, { header: '' }));
    assert.equal(r.year, null);
    assert.equal(only(r.problems, 'unknown-year').severity, 'warning');
    assert.equal(r.children, 1);
    const { census: c } = await readCinCensus(census(2026, { header: '' }));
    assert.equal(c?.year, '2025/26');
  });

  it('years outside the known range are read with the nearest known year\'s lists', async () => {
    const early = await read(census(2014, { details: '<CINreferralDate>2013-05-01</CINreferralDate><ReferralSource>5D</ReferralSource><ReferralNFA>0</ReferralNFA>' }));
    assert.equal(early.year, '2013/14');
    assert.match(only(early.problems, 'unknown-year').message, /2013\/14 is not a census year .* read with the 2016\/17 schema/);
    assert.match(only(early.problems, 'bad-code').message, /2016\/17 referral source/);
    const late = await read(census(2028));
    assert.equal(late.year, '2027/28');
    assert.deepEqual(kinds(late.problems), ['unknown-year']);
  });
});

describe('readCin: hostile and broken input never throws nor hangs', () => {
  it('refuses a DOCTYPE with entities (billion laughs) at once, without expanding it', async () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<Message><Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID></ChildIdentifiers></Child></Children></Message>`;
    const start = performance.now();
    const r = await read(lol);
    assert.ok(performance.now() - start < 500);
    assert.equal(r.unreadable, true);
    assert.equal(r.children, 0);
    assert.equal(only(r.problems, 'forbidden-construct').line, 13, 'the line where the declaration ends');
  });

  it('never fetches an external entity', async () => {
    const r = await read('<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]><Message>&x;</Message>');
    assert.equal(r.unreadable, true);
    assert.deepEqual(kinds(r.problems), ['forbidden-construct']);
    const undeclared = await read('<Message><Children>&x;</Children></Message>');
    assert.match(only(undeclared.problems, 'not-well-formed').message, /undefined entity/);
  });

  it('a truncated file gives the children read before the cut, and says where it broke', async () => {
    const xml = readFileSync(`${samples}/fake_CIN_data.xml`, 'utf8');
    const cut = xml.slice(0, Math.floor(xml.length / 2));
    const r = await read(cut);
    assert.equal(r.unreadable, false);
    assert.ok(r.children > 100 && r.children < 332, String(r.children));
    const broken = r.problems.filter((p) => p.kind === 'not-well-formed');
    assert.equal(broken.length, 2);
    assert.match(broken[0]!.message, /ends before .* is closed/);
    assert.match(broken[1]!.message, /could not be read to its end/);
  });

  it('empty files, binary junk, text that is not XML and other roots are unreadable', async () => {
    for (const input of ['', '   \n', 'LAchildID,UPN\n1,2\n', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff]), '<Workbook><Sheet/></Workbook>']) {
      const r = await read(input);
      assert.equal(r.unreadable, true, String(input));
      assert.match(r.problems.at(-1)!.kind, /not-well-formed|unknown-element/);
      assert.equal(r.problems.at(-1)!.file, 'test.xml');
      assert.equal(r.children, 0);
    }
  });

  it('UTF-16 is refused with a clear problem', async () => {
    const text = census(2024);
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const r = await read(bytes);
    assert.equal(r.unreadable, true);
    assert.match(only(r.problems, 'bad-format').message, /UTF-16/);
  });

  it('bytes that are not UTF-8, and a non-UTF-8 declaration, are reported with their line', async () => {
    const text = census(2024).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('<LAchildID>C1', '<LAchildID>C\u00e9');
    const bytes = new TextEncoder().encode(text.replace('C\u00e9', 'C#'));
    bytes[bytes.indexOf('#'.charCodeAt(0))] = 0xe9;
    const r = await read(bytes);
    assert.deepEqual(r.problems.map((p) => `${p.kind} ${p.line}`), ['bad-format 7', 'bad-format 1']);
    assert.equal(r.list[0]!.ChildIdentifiers.LAchildID, 'C\ufffd');
  });

  it('stops on an endless text without elements', async () => {
    const r = await read(`<Message><Children>${'x'.repeat(17 << 20)}`);
    assert.equal(r.unreadable, false);
    assert.ok(kinds(r.problems).includes('too-large'));
  });
});

describe('readCin: many problems', () => {
  it('lists a thousand problems of a kind in one place, then counts the rest', async () => {
    const child = census(2024).match(/<Child>[^]*<\/Child>/)![0].replace('<ReferralNFA>0', '<ReferralNFA>false');
    const r = await read(census(2024).replace(/<Child>[^]*<\/Child>/, child.repeat(1_200)));
    assert.equal(r.children, 1_200);
    assert.equal(r.problems.filter((p) => p.field === 'ReferralNFA').length, 1_000);
    assert.match(r.problems.at(-1)!.message, /^200 more problems/);
  });
});

describe('readCin: samples', () => {
  it('reads every sample to its end, reporting the faults they were made with', async () => {
    for (const name of ['CIN2rows.xml', 'CIN_Census_2021.xml', 'CIN_Census_2024.xml', 'CIN_Census_2026.xml', 'CIN_header_issues_100.xml', 'fake_CIN_data.xml']) {
      const xml = readFileSync(`${samples}/${name}`, 'utf8');
      const r = await read(xml);
      assert.equal(r.unreadable, false);
      assert.equal(r.children, xml.split('<Child>').length - 1, name);
    }
    const r = await read(readFileSync(`${samples}/CIN_Census_2026.xml`));
    // Its header says 2023/24 (ReferenceDate 2024-03-31), so Sex belongs to a later year.
    assert.deepEqual(r.problems.map((p) => `${p.kind} ${p.line} ${p.field ?? p.path?.split('/').pop()}`), [
      'bad-format 6 ReferenceDate', 'bad-format 23 ChildIdentifiers', 'unknown-element 25 Sex', 'missing-element 19 GenderCurrent',
      'bad-code 46 AssessmentFactors', 'bad-format 58 ICPCnotRequired', 'unknown-element 71 PreProceedingsandFGDM',
      'unknown-element 90 Sex', 'missing-element 86 GenderCurrent', 'missing-element 107 AssessmentFactors', 'bad-format 109 ReferralNFA',
    ]);
  });
});

describe('readCin onHeader', () => {
  it('gives the header and year once, before the first child', async () => {
    const xml = '<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>806</LEA></Source></Header><Children><Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers></Child></Children></Message>';
    const events: string[] = [];
    await readCin(xml, {
      onHeader: (header, year) => events.push(`header ${header?.LEA} ${year}`),
      onChild: (child) => void events.push(`child ${child.ChildIdentifiers.LAchildID}`),
    });
    assert.deepEqual(events, ['header 806 2024/25', 'child A']);
  });
});
