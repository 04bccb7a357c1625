import type { Queryable } from './database.ts';

/**
 * A council's saved forecast scenarios. The settings are stored as given (their shape is checked by the
 * caller); every save writes a version, so nothing a council tried is lost, and a change names the
 * version it was made to, so that two people editing at once cannot overwrite each other unseen. Run the
 * changes inside a transaction with their audit entry.
 */
export interface StoredScenario {
  readonly id: number;
  readonly la: string;
  readonly name: string;
  readonly description: string;
  readonly settings: unknown;
  readonly version: number;
  readonly createdBy: string;
  /** ISO date and time (UTC). */
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface ScenarioVersion {
  readonly version: number;
  readonly change: 'created' | 'changed' | 'deleted';
  readonly name: string;
  readonly description: string;
  readonly settings: unknown;
  readonly savedBy: string;
  readonly savedAt: string;
}

export interface ScenarioInput {
  readonly name: string;
  readonly description: string;
  readonly settings: unknown;
}

/** Why a change was not made: the name is another scenario's, or someone saved a newer version first. */
export type ScenarioConflict = { readonly conflict: 'name' } | VersionConflict;
export interface VersionConflict {
  readonly conflict: 'version';
  readonly current: StoredScenario;
}

interface Row {
  id: number;
  la: string;
  name: string;
  description: string;
  settings: unknown;
  version: number;
  created_by: string;
  created_at: Date | string;
  updated_by: string;
  updated_at: Date | string;
}

const columns = 'id::int as id, la, name, description, settings, version, created_by, created_at, updated_by, updated_at';
const iso = (t: Date | string) => new Date(t).toISOString();

function scenarioOf(r: Row): StoredScenario {
  return {
    id: r.id, la: r.la, name: r.name, description: r.description, settings: r.settings, version: r.version,
    createdBy: r.created_by, createdAt: iso(r.created_at), updatedBy: r.updated_by, updatedAt: iso(r.updated_at),
  };
}

/** The council's scenarios (not deleted), by name. */
export async function listScenarios(q: Queryable, la: string): Promise<StoredScenario[]> {
  const rows = await q.query<Row>(`select ${columns} from forecast_scenarios where la = $1 and deleted_at is null order by lower(name), id`, [la]);
  return rows.map(scenarioOf);
}

/** A scenario of the council, or null (also when it was deleted). */
export async function loadScenario(q: Queryable, la: string, id: number): Promise<StoredScenario | null> {
  const [row] = await q.query<Row>(`select ${columns} from forecast_scenarios where la = $1 and id = $2 and deleted_at is null`, [la, id]);
  return row ? scenarioOf(row) : null;
}

/** The council's scenario of that name, whatever its case. */
export async function scenarioNamed(q: Queryable, la: string, name: string): Promise<StoredScenario | null> {
  const [row] = await q.query<Row>(`select ${columns} from forecast_scenarios where la = $1 and lower(name) = lower($2) and deleted_at is null`, [la, name.trim()]);
  return row ? scenarioOf(row) : null;
}

async function nameTaken(q: Queryable, la: string, name: string, except: number | null): Promise<boolean> {
  const rows = await q.query('select 1 from forecast_scenarios where la = $1 and lower(name) = lower($2) and deleted_at is null and id <> coalesce($3, -1)', [la, name, except]);
  return rows.length > 0;
}

async function keepVersion(q: Queryable, s: { id: number; version: number; name: string; description: string; settings: unknown }, change: ScenarioVersion['change'], by: string): Promise<void> {
  await q.query(
    'insert into forecast_scenario_versions (scenario_id, version, change, name, description, settings, saved_by) values ($1, $2, $3, $4, $5, $6, $7)',
    [s.id, s.version, change, s.name, s.description, JSON.stringify(s.settings), by],
  );
}

export async function createScenario(q: Queryable, la: string, input: ScenarioInput, by: string): Promise<StoredScenario | ScenarioConflict> {
  const name = input.name.trim();
  if (await nameTaken(q, la, name, null)) return { conflict: 'name' };
  const [row] = await q.query<Row>(
    `insert into forecast_scenarios (la, name, description, settings, created_by, updated_by) values ($1, $2, $3, $4, $5, $5) returning ${columns}`,
    [la, name, input.description, JSON.stringify(input.settings), by],
  );
  await keepVersion(q, { ...row!, settings: input.settings }, 'created', by);
  return scenarioOf(row!);
}

/** Changes a scenario made at `version`; null when the council has no such scenario. */
export async function updateScenario(q: Queryable, la: string, id: number, version: number, input: ScenarioInput, by: string): Promise<StoredScenario | ScenarioConflict | null> {
  const [current] = await q.query<Row>(`select ${columns} from forecast_scenarios where la = $1 and id = $2 and deleted_at is null for update`, [la, id]);
  if (!current) return null;
  if (current.version !== version) return { conflict: 'version', current: scenarioOf(current) };
  const name = input.name.trim();
  if (await nameTaken(q, la, name, id)) return { conflict: 'name' };
  const [row] = await q.query<Row>(
    `update forecast_scenarios set name = $3, description = $4, settings = $5, version = version + 1, updated_by = $6, updated_at = now()
     where la = $1 and id = $2 returning ${columns}`,
    [la, id, name, input.description, JSON.stringify(input.settings), by],
  );
  await keepVersion(q, { ...row!, settings: input.settings }, 'changed', by);
  return scenarioOf(row!);
}

/** Deletes a scenario seen at `version` (its versions are kept); null when the council has no such scenario. */
export async function deleteScenario(q: Queryable, la: string, id: number, version: number, by: string): Promise<StoredScenario | VersionConflict | null> {
  const [current] = await q.query<Row>(`select ${columns} from forecast_scenarios where la = $1 and id = $2 and deleted_at is null for update`, [la, id]);
  if (!current) return null;
  if (current.version !== version) return { conflict: 'version', current: scenarioOf(current) };
  const [row] = await q.query<Row>(
    `update forecast_scenarios set version = version + 1, deleted_by = $3, deleted_at = now() where la = $1 and id = $2 returning ${columns}`,
    [la, id, by],
  );
  await keepVersion(q, row!, 'deleted', by);
  return scenarioOf(row!);
}

/** Every version of a council's scenario, deleted or not, oldest first. */
export async function scenarioVersions(q: Queryable, la: string, id: number): Promise<ScenarioVersion[]> {
  const rows = await q.query<{ version: number; change: ScenarioVersion['change']; name: string; description: string; settings: unknown; saved_by: string; saved_at: Date | string }>(
    `select v.version, v.change, v.name, v.description, v.settings, v.saved_by, v.saved_at from forecast_scenario_versions v
     join forecast_scenarios s on s.id = v.scenario_id where s.la = $1 and s.id = $2 order by v.version`,
    [la, id],
  );
  return rows.map((r) => ({ version: r.version, change: r.change, name: r.name, description: r.description, settings: r.settings, savedBy: r.saved_by, savedAt: iso(r.saved_at) }));
}
