import type { Queryable } from '../store/database.ts';

/**
 * The audit trail: who read or exported what, when, and why where they were asked. Entries are only
 * ever added (the table refuses updates and deletes by trigger); the app has no way to change one.
 */
export interface AuditEntry {
  readonly actor: string;
  readonly action: string;
  /** The child (LA child id) or return the action was about. */
  readonly subject?: string | null;
  /** The reason the person gave, where they were asked for one. */
  readonly reason?: string | null;
  readonly detail?: Readonly<Record<string, unknown>> | null;
}

export interface AuditRecord extends Required<AuditEntry> {
  readonly id: number;
  readonly at: string;
}

export async function writeAudit(q: Queryable, entry: AuditEntry): Promise<void> {
  await q.query('insert into audit_log (actor, action, subject, reason, detail) values ($1, $2, $3, $4, $5)', [
    entry.actor,
    entry.action,
    entry.subject ?? null,
    entry.reason ?? null,
    entry.detail ? JSON.stringify(entry.detail) : null,
  ]);
}

export interface AuditFilter {
  actor?: string;
  subject?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Entries older than this id: the next page. */
  before?: number;
  limit: number;
}

/** Newest first. */
export async function readAudit(q: Queryable, filter: AuditFilter): Promise<AuditRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.subject) add('subject = ?', filter.subject);
  if (filter.from) add('at >= ?::date', filter.from);
  if (filter.to) add("at < ?::date + interval '1 day'", filter.to);
  if (filter.before) add('id < ?', filter.before);
  params.push(filter.limit);
  const rows = await q.query<{ id: string | number; at: Date | string; actor: string; action: string; subject: string | null; reason: string | null; detail: Record<string, unknown> | null }>(
    `select id, at, actor, action, subject, reason, detail from audit_log ${where.length ? `where ${where.join(' and ')}` : ''} order by id desc limit $${params.length}`,
    params,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() }));
}
