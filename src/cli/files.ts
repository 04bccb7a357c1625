import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextFile } from '../core/formats/ssda903/index.ts';

/** The first bytes of a file, enough to tell what kind of return it is. */
export async function readHead(path: string, size = 4096): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A file as a stream of byte chunks, with its size for a progress bar. Node's own 64 KB chunks: with 1 MB
 * ones the process grew by 60 MB more for a census ten times larger, and they were no faster.
 */
export async function streamFile(path: string): Promise<{ chunks: AsyncIterable<Uint8Array>; size: number }> {
  const { size } = await stat(path);
  return { chunks: createReadStream(path), size };
}

/** Every file in a folder (not recursing), sorted by name, or the file itself. */
export async function filesIn(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(path, e.name)).sort();
}

export async function readTextFiles(paths: readonly string[]): Promise<TextFile[]> {
  return Promise.all(paths.map(async (p) => ({ name: p, content: new Uint8Array(await readFile(p)) })));
}

