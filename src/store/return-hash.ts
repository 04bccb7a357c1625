import { createHash } from 'node:crypto';

/**
 * The identity of a return: SHA-256 over its files' bytes, in order of name, each preceded by its
 * length so that moving bytes from one file to the next cannot give the same hash. Names themselves
 * are left out, so the same files renamed are still the same return.
 */
export function returnHash(files: readonly { readonly name: string; readonly content: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const length = new Uint8Array(8);
    new DataView(length.buffer).setBigUint64(0, BigInt(file.content.length));
    hash.update(length);
    hash.update(file.content);
  }
  return hash.digest('hex');
}
