import { execFileSync } from 'node:child_process';
import { reference } from './shared-reference.ts';

/**
 * xmllint (Debian's libxml2-utils) checks written CIN census files against the DfE schemas. Without it the
 * tests that need it are skipped with a reason, except in CI, where .ci/run installs it.
 */
export const xmllintSkip: string | false = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return false;
  } catch {
    if (process.env.CI) throw new Error('CI must check files against the DfE schemas, but xmllint is missing (apt-get install libxml2-utils).');
    return 'xmllint is not installed (apt-get install -y libxml2-utils)';
  }
})();

/** What xmllint says is wrong with a CIN census file against the schema of its census year; empty when valid. */
export function cinSchemaErrors(file: string, endYear: number): string {
  const xsd = reference(`specs/liia-tools-pipeline/cin_census_pipeline/spec/CIN_schema_${endYear}.xsd`);
  try {
    execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}
