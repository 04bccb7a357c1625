import { after, before } from 'node:test';

/**
 * Something a suite of tests opens before its tests and closes after them (an app on a test council, a
 * browser): call it inside `describe` or at a test file's top level. `ready` runs once it is open (to
 * add what the tests need). The function returned gives it to the tests and hooks; while the suite is
 * being declared it is not open yet.
 */
export function openForSuite<T extends { close(): Promise<void> }>(what: string, open: () => Promise<T>, ready?: (opened: T) => void | Promise<void>): () => T {
  let opened: T | undefined;
  before(async () => {
    opened = await open();
    await ready?.(opened);
  });
  after(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error(`${what} is not open: it opens before the suite's tests and closes after them.`);
    return opened;
  };
}
