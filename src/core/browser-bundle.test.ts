import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { build } from 'esbuild';

// The pure core must run in a browser, so that an analyst can validate a return with nothing uploaded.
// Bundling every core module for the browser fails on any Node built-in that slips in, directly or
// through a dependency.
const core = import.meta.dirname;

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.test-support.ts') && !e.name.startsWith('test-') ? [join(dir, e.name)] : [],
  );
}

it('bundles for the browser with no Node built-ins', async () => {
  const files = modules(core);
  assert.ok(files.length > 10);
  const result = await build({
    stdin: { contents: files.map((f) => `import './${relative(core, f)}';`).join('\n'), resolveDir: core, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  assert.deepEqual(result.errors, []);
  assert.ok(result.outputFiles[0]!.text.length > 1000);
});
