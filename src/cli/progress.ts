import { SingleBar, Presets } from 'cli-progress';

/**
 * A progress bar on stderr for long work, shown only to a person at a terminal: in CI, in pipes and in
 * tests it stays silent so that output remains clean and machine-readable.
 */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

export function progressBar(label: string, total: number, unit: 'bytes' | 'items' = 'items'): Progress {
  if (!process.stderr.isTTY || total <= 0) return { update() {}, stop() {} };
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {shown}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  const shown = (done: number) => (unit === 'bytes' ? `${(done / 1e6).toFixed(1)} / ${(total / 1e6).toFixed(1)} MB` : `${done} / ${total}`);
  bar.start(total, 0, { shown: shown(0) });
  return {
    update: (done) => bar.update(Math.min(done, total), { shown: shown(done) }),
    stop: () => bar.stop(),
  };
}
