#!/usr/bin/env -S node --concurrent-turbofan-max-threads=1 --concurrent-maglev-max-threads=1
// One compiling thread each for V8's optimising compilers: a validation is over in well under a second,
// mostly before V8 has optimised the rules, and on a two-core machine V8's default of several compiling
// threads takes the core the validation runs on (a cold SSDA903 validation was about a sixth slower).
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
