#!/usr/bin/env -S node --v8-pool-size=0
// --v8-pool-size=0 sizes V8's background threads (compiling, garbage collection) to the machine's cores:
// Node's default of four on a two-core machine takes the main thread's core, and a validation spends most
// of its half-second before V8 has optimised the rules, while those threads compile them.
// Sightline's command line. The code is TypeScript run by Node 24's type stripping, so an older Node
// (the machine's own, say) must be told plainly rather than fail on the first type annotation.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `Sightline needs Node 24 or later; this is Node ${process.versions.node}.\n` +
      'Run it through npm, which uses the Node 24 pinned in the project: npx sightline …\n',
  );
  process.exit(2);
}
await import('../src/cli/main.ts');
