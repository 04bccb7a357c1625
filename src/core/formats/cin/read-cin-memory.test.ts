import assert from 'node:assert/strict';
import { it } from 'node:test';
import { readCin } from './read-cin.ts';

// A census of any size streams: memory follows the largest child, not the file. 60,000 children (about
// 70 MB) are generated on the fly and read; the heap must not grow with them. A 2 GB file is the same
// loop, longer.
const child = (i: number) => `<Child><ChildIdentifiers><LAchildID>C${i}</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>2015-03-27</PersonBirthDate><Sex>F</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics><CINdetails><CINreferralDate>2024-10-06</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N4</PrimaryNeedCode><Assessments><AssessmentActualStartDate>2024-10-07</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-11-19</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>1C</AssessmentFactors><AssessmentFactors>16A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>\n`;

async function* census(children: number): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>806</LEA></Source></Header><Children>\n';
  for (let i = 0; i < children; i += 500) yield Array.from({ length: 500 }, (_, k) => child(i + k)).join('');
  yield '</Children></Message>\n';
}

it('reads a census of 60,000 children in bounded memory', async () => {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  let seen = 0;
  const result = await readCin(census(60_000), {
    onChild: () => {
      if (++seen % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    },
  });
  assert.equal(result.children, 60_000);
  assert.deepEqual(result.problems, []);
  assert.ok(peak < 64 * 1024 * 1024, `heap grew by ${(peak / 1048576).toFixed(0)} MB while reading`);
});
