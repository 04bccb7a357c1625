-- A council's named forecast scenarios: the settings (dates, provision, changes to rates, entries and
-- provision, local weekly costs, shares, inflation) as JSON, checked by src/core/forecast/scenario.ts where
-- they are read and written. Who made it and who changed it last are kept on the scenario; every version,
-- its deletion included, is kept in forecast_scenario_versions, and the audit log records each change.
-- A deleted scenario keeps its row (marked deleted) so that its history stays whole. Access goes through src/access.
create table forecast_scenarios (
  id bigint generated always as identity primary key,
  la text not null check (la ~ '^\d{3}$'),
  name text not null check (length(name) between 1 and 80 and name = btrim(name)),
  description text not null default '' check (length(description) <= 500),
  settings jsonb not null,
  version integer not null default 1 check (version >= 1),
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_by text not null,
  updated_at timestamptz not null default now(),
  deleted_by text,
  deleted_at timestamptz,
  check ((deleted_by is null) = (deleted_at is null))
);

-- Names are the council's to choose, one scenario to a name (whatever the case) among those not deleted.
create unique index forecast_scenarios_name on forecast_scenarios (la, lower(name)) where deleted_at is null;

create table forecast_scenario_versions (
  scenario_id bigint not null references forecast_scenarios (id),
  version integer not null,
  change text not null check (change in ('created', 'changed', 'deleted')),
  name text not null,
  description text not null,
  settings jsonb not null,
  saved_by text not null,
  saved_at timestamptz not null default now(),
  primary key (scenario_id, version)
);
