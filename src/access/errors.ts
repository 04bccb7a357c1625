/**
 * What the data-access layer refuses with. A child the actor may not see is NotFound, exactly as a child
 * that does not exist, so that guessing ids confirms nothing.
 */
export class AccessDenied extends Error {
  override readonly name = 'AccessDenied';
}

export class NotFound extends Error {
  override readonly name = 'NotFound';
}

/** The input was understood but cannot be accepted (e.g. a return that fails to import); nothing was stored. */
export class Rejected extends Error {
  override readonly name = 'Rejected';
  readonly detail: unknown;
  constructor(message: string, detail?: unknown) {
    super(message);
    this.detail = detail;
  }
}
