import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import type { CinChild, CinHeader } from '../../model/cin.ts';
import type { CollectionYear } from '../../model/collection-year.ts';
import { collectionYear, endYearOf } from '../../model/collection-year.ts';
import { withoutProvenance } from '../../model/provenance.ts';
import { arbitraryCensus, arbitraryChild, arbitraryHeader } from './cin-arbitrary.ts';
import { firstCinYear, lastCinYear } from './cin-schema.ts';
import { readCin, readCinCensus } from './read-cin.ts';
import { writeCin } from './write-cin.ts';
import { reference } from '../../../testing/shared-reference.ts';
import { cinSchemaErrors, xmllintSkip } from '../../../testing/xmllint.ts';

const specs = reference('specs/liia-tools-pipeline/cin_census_pipeline/spec');
const sampleFiles = [
  reference('specs/liia-tools/spec/cin_census/samples/cin-2022.xml'),
  `${specs}/samples/BAR_cin_2022.xml`,
  ...['CIN2rows.xml', 'CIN_Census_2021.xml', 'CIN_Census_2021_copy.xml', 'CIN_Census_2021_no_assessment_factors.xml', 'CIN_Census_2024.xml',
    'CIN_Census_2026.xml', 'CIN_header_issues_100.xml', 'CIN_la_issues_2887Q.xml', 'fake_CIN_data.xml']
    .map((name) => reference(`samples/csc-validator-be-cin/fake_data/${name}`)),
];
/** The years the validators check, and so the ones whose files must pass the DfE schema. */
const currentYears: CollectionYear[] = ['2022/23', '2023/24', '2024/25', '2025/26'];

const write = (census: Parameters<typeof writeCin>[0]) => [...writeCin(census)].join('');

const header: CinHeader = {
  Collection: 'CIN', Year: null, ReferenceDate: null, SourceLevel: 'L', LEA: '201', SoftwareCode: 'Sightline & co',
  Release: '1.0', SerialNo: '001', DateTime: '2025-05-01T09:30:00',
};

/** A child with every field and group filled, as the writer's hand-built case. */
function fullChild(endYear: number): CinChild {
  return {
    ChildIdentifiers: {
      LAchildID: 'C<1>&"x"', UPN: 'A12345678901B', FormerUPN: 'A123456789012', UPNunknown: null, PersonBirthDate: '2014-02-28',
      ExpectedPersonBirthDate: null, GenderCurrent: endYear <= 2024 ? '9' : null, Sex: endYear >= 2025 ? 'U' : null, PersonDeathDate: null,
    },
    ChildCharacteristics: { Ethnicity: 'MWBC', Disabilities: ['MOB', 'AUT'] },
    CINdetails: [{
      CINreferralDate: `${endYear - 1}-04-02`, ReferralSource: '2A', PrimaryNeedCode: 'N1', CINclosureDate: `${endYear}-03-01`,
      ReasonForClosure: 'RC8', DateOfInitialCPC: `${endYear - 1}-05-20`,
      Assessments: [
        { AssessmentActualStartDate: `${endYear - 1}-04-03`, AssessmentInternalReviewDate: null, AssessmentAuthorisationDate: `${endYear - 1}-05-01`, AssessmentFactors: ['3A', '24A'] },
        { AssessmentActualStartDate: `${endYear - 1}-06-03`, AssessmentInternalReviewDate: `${endYear - 1}-06-10`, AssessmentAuthorisationDate: null, AssessmentFactors: null },
      ],
      CINPlanDates: [{ CINPlanStartDate: `${endYear - 1}-06-01`, CINPlanEndDate: null }],
      Section47: [{ S47ActualStartDate: `${endYear - 1}-04-20`, InitialCPCtarget: `${endYear - 1}-05-12`, DateOfInitialCPC: `${endYear - 1}-05-20`, ICPCnotRequired: false }],
      ReferralNFA: false,
      ChildProtectionPlans: [{
        CPPstartDate: `${endYear - 1}-05-20`, CPPendDate: null, InitialCategoryOfAbuse: 'NEG', LatestCategoryOfAbuse: 'MUL', NumberOfPreviousCPP: 0,
        Reviews: [{ CPPreviewDate: `${endYear - 1}-08-20` }, { CPPreviewDate: `${endYear}-01-20` }],
      }],
    }],
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'cin-write-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Problems xmllint finds validating `xml` against the DfE schema of its year (empty when valid). */
function schemaErrors(xml: string, year: CollectionYear, name: string): string {
  const file = join(scratch, `${name}.xml`);
  writeFileSync(file, xml);
  return cinSchemaErrors(file, endYearOf(year));
}

describe('writeCin: schema-valid files', { skip: xmllintSkip }, () => {
  for (const year of currentYears) {
    it(`a hand-built census for ${year} passes the ${endYearOf(year)} XSD`, () => {
      const xml = write({ year, header, children: [fullChild(endYearOf(year))] });
      assert.equal(schemaErrors(xml, year, `hand-${endYearOf(year)}`), '');
    });

    it(`censuses read from the samples, written for ${year}, pass the ${endYearOf(year)} XSD`, async () => {
      for (const file of [sampleFiles[0]!, sampleFiles.at(-1)!]) {
        const { census } = await readCinCensus(readFileSync(file));
        const xml = write({ ...census!, year });
        assert.equal(schemaErrors(xml, year, `sample-${endYearOf(year)}`), '', file);
      }
    });
  }

  it('random valid censuses of every known year pass their XSD', () => {
    for (let endYear = firstCinYear; endYear <= lastCinYear; endYear++) {
      const year = collectionYear(endYear);
      const children = fc.sample(arbitraryChild(endYear), { seed: endYear, numRuns: 40 });
      const [h] = fc.sample(arbitraryHeader(endYear), { seed: endYear, numRuns: 1 });
      assert.equal(schemaErrors(write({ year, header: h!, children }), year, `random-${endYear}`), '', year);
    }
  });
});

describe('writeCin: layout', () => {
  it('writes the XSD order, 0/1 booleans, escaped text and two-space indentation', () => {
    const xml = write({ year: '2024/25', header, children: [fullChild(2025)] });
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>CIN</Collection>\n      <Year>2025</Year>\n      <ReferenceDate>2025-03-31</ReferenceDate>'));
    assert.match(xml, /\n {8}<LAchildID>C&lt;1&gt;&amp;"x"<\/LAchildID>\n/);
    assert.match(xml, /<SoftwareCode>Sightline &amp; co<\/SoftwareCode>/);
    const order = [...xml.matchAll(/<(Assessments|CINPlanDates|Section47|ReferralNFA|ChildProtectionPlans)>/g)].map((m) => m[1]);
    assert.deepEqual(order, ['Assessments', 'Assessments', 'CINPlanDates', 'Section47', 'ReferralNFA', 'ChildProtectionPlans']);
    assert.match(xml, /<ICPCnotRequired>0<\/ICPCnotRequired>/);
    assert.doesNotMatch(xml, /<(\w+)><\/\1>|<PersonDeathDate>|<GenderCurrent>/, 'absent values are left out');
  });

  it('leaves CINPlanDates out before 2021/22, when the schema had none', () => {
    assert.doesNotMatch(write({ year: '2020/21', header, children: [fullChild(2021)] }), /CINPlanDates/);
    assert.match(write({ year: '2021/22', header, children: [fullChild(2022)] }), /CINPlanDates/);
  });

  it('writes GenderCurrent to 2023/24 and Sex from 2024/25, converting the one the model has', () => {
    const withGender = (code: string) => ({ ...fullChild(2024), ChildIdentifiers: { ...fullChild(2024).ChildIdentifiers, GenderCurrent: code, Sex: null } });
    const withSex = (code: string) => ({ ...fullChild(2025), ChildIdentifiers: { ...fullChild(2025).ChildIdentifiers, GenderCurrent: null, Sex: code } });
    const sexOf = (xml: string) => /<(Sex|GenderCurrent)>([^<]*)</.exec(xml)!.slice(1).join('=');
    assert.deepEqual(['1', '2', '0', '9'].map((g) => sexOf(write({ year: '2025/26', header, children: [withGender(g)] }))), ['Sex=M', 'Sex=F', 'Sex=U', 'Sex=U']);
    assert.deepEqual(['M', 'F', 'U'].map((s) => sexOf(write({ year: '2023/24', header, children: [withSex(s)] }))), ['GenderCurrent=1', 'GenderCurrent=2', 'GenderCurrent=0']);
    assert.equal(sexOf(write({ year: '2023/24', header, children: [withGender('2')] })), 'GenderCurrent=2');
  });

  it('streams: a large census comes out in several chunks, each ending between children', () => {
    const children = Array.from({ length: 200 }, () => fullChild(2025));
    const chunks = [...writeCin({ year: '2024/25', header, children })];
    assert.ok(chunks.length > 2);
    for (const chunk of chunks.slice(0, -1)) assert.ok(chunk.endsWith('</Child>\n') || chunk.endsWith('<Children>\n'));
  });
});

describe('writeCin: round trips', () => {
  it('read → write → read gives the same model for every sample (a fixpoint where the sample breaks its year)', async () => {
    for (const file of sampleFiles) {
      const first = await readCinCensus(readFileSync(file));
      assert.ok(first.census, file);
      const again = await readCinCensus(write(first.census));
      assert.ok(again.census);
      // A child whose elements belong to another year (Sex in a 2023/24 file) is written the year's way.
      const otherYear = first.problems.some((p) => /is not part of the/.test(p.message));
      if (!otherYear) {
        assert.deepEqual(withoutProvenance(again.census.children), withoutProvenance(first.census.children), file);
        assert.deepEqual(withoutProvenance(again.census.header), withoutProvenance(first.census.header), file);
        assert.equal(again.census.year, first.census.year);
      }
      const third = await readCinCensus(write(again.census));
      assert.equal(write(third.census!), write(again.census), file);
    }
  });

  it('property: any valid census written and read back is the same, with no problems', async () => {
    await fc.assert(fc.asyncProperty(arbitraryCensus(), async (census) => {
      const { census: back, problems } = await readCinCensus(write(census));
      assert.deepEqual(problems, []);
      assert.equal(back?.year, census.year);
      assert.deepEqual(withoutProvenance(back!.children), withoutProvenance(census.children));
      assert.deepEqual(withoutProvenance(back!.header), withoutProvenance(census.header));
    }), { numRuns: 60 });
  });

  it('fuzz: byte flips, truncation and deleted tags never make the reader throw or hang', async () => {
    const [census] = fc.sample(arbitraryCensus(3), { seed: 7, numRuns: 1 });
    const bytes = new TextEncoder().encode(write(census!));
    const mutation = fc.oneof(
      fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
        const copy = bytes.slice();
        for (const [at, value] of flips) copy[at] = value;
        return copy;
      }),
      fc.nat(bytes.length).map((length) => bytes.slice(0, length)),
      fc.nat(200).map((n) => {
        const text = new TextDecoder().decode(bytes);
        const tags = [...text.matchAll(/<[^>]*>/g)];
        const tag = tags[n % tags.length]!;
        return new TextEncoder().encode(text.slice(0, tag.index) + text.slice(tag.index + tag[0].length));
      }),
    );
    await fc.assert(fc.asyncProperty(mutation, async (input) => {
      let children = 0;
      const result = await readCin(input, { onChild: () => void children++ });
      assert.equal(result.children, children);
      assert.ok(Array.isArray(result.problems));
      if (result.unreadable) assert.ok(result.problems.length > 0);
    }), { numRuns: 300 });
  });
});
