-- Every return a council loads is kept as a snapshot with its provenance. A newer return for the same
-- council, dataset and year supersedes the older one without deleting it.
create table councils (
  la text primary key check (la ~ '^\d{3}$'),
  name text not null
);

create table returns (
  id bigint generated always as identity primary key,
  la text not null references councils (la),
  dataset text not null check (dataset in ('cin', 'ssda903', 'annex-a')),
  collection_year text not null check (collection_year ~ '^\d{4}/\d{2}$'),
  file_names text[] not null,
  -- SHA-256 of the files' bytes: loading the same return again changes nothing.
  sha256 text not null,
  imported_by text not null,
  imported_at timestamptz not null default now(),
  superseded_by bigint references returns (id),
  children integer not null,
  validation jsonb not null,
  unique (la, dataset, sha256)
);

create index returns_current on returns (la, dataset, collection_year) where superseded_by is null;

-- One row per child per return: the child's records as the return gave them (model JSON, provenance kept).
create table return_children (
  return_id bigint not null references returns (id),
  child_id text not null,
  record jsonb not null,
  primary key (return_id, child_id)
);

create index return_children_child on return_children (child_id);

-- Who read or exported what, and why. Nothing in the application may change or delete an entry.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  subject text,
  reason text,
  detail jsonb
);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log cannot be changed';
end;
$$;

create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();
