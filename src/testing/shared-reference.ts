import { join } from 'node:path';

/**
 * The shared reference data (DfE rule tables, XSDs, sample returns) sits beside the repository at
 * ../shared, on developers' machines and in CI alike. Tests read it from there, never by absolute path.
 */
export const sharedReference = join(import.meta.dirname, '../../../shared/reference');

export function reference(...path: string[]): string {
  return join(sharedReference, ...path);
}
