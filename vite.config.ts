import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** GOV.UK Frontend's stylesheet refers to its fonts and images at /assets/…: ship them with the build. */
function govukAssets(): Plugin {
  const root = join(import.meta.dirname, 'node_modules/govuk-frontend/dist/govuk');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return {
    name: 'govuk-assets',
    generateBundle() {
      for (const file of walk(join(root, 'assets'))) this.emitFile({ type: 'asset', fileName: relative(root, file), source: readFileSync(file) });
    },
  };
}

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react(), govukAssets()],
  // GOV.UK Frontend's stylesheet comes minified, with old-IE hacks that CSS minifiers refuse: leave it as it is.
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true, cssMinify: false },
  worker: { format: 'es' },
});
