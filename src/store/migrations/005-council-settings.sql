-- A council's own settings, one row per named setting: its 0–17 population (with source), local
-- timescales, the caseload limit. The value is JSON so each setting keeps its own shape (checked where it
-- is read and written); who changed it last and when are kept, and the audit log keeps every change.
create table council_settings (
  la text not null check (la ~ '^\d{3}$'),
  name text not null check (name ~ '^[a-z][a-z0-9-]{0,62}$'),
  value jsonb not null,
  updated_by text not null,
  updated_at timestamptz not null default now(),
  primary key (la, name)
);
