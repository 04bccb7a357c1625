-- The council's own inspections and visits (Ofsted's published history of every council ships as data in
-- src/core/inspections): their judgements, their findings, and every version of each record. Access goes
-- through src/access.
create table inspections (
  id bigint generated always as identity primary key,
  la text not null check (la ~ '^\d{3}$'),
  kind text not null check (kind in ('standard-inspection', 'short-inspection', 'focused-visit', 'monitoring-visit', 'jtai', 'other')),
  start_date date not null,
  end_date date not null,
  published_date date,
  -- The theme of a focused visit or JTAI, or what an "other" visit was.
  focus text check (length(focus) between 1 and 200),
  report_url text check (report_url ~ '^https://\S+$' and length(report_url) <= 500),
  recorded_by text not null,
  recorded_at timestamptz not null default now(),
  updated_by text not null,
  updated_at timestamptz not null default now(),
  -- 1 when recorded, one more per change: the latest row of inspection_revisions has the same number.
  revision integer not null default 1,
  check (end_date >= start_date),
  check (published_date is null or published_date >= end_date)
);

create index inspections_la on inspections (la, start_date);

-- Visits are ungraded: only standard and short inspections have rows here (checked where they are written).
create table inspection_judgements (
  inspection_id bigint not null references inspections (id) on delete cascade,
  type text not null check (type in ('overall-effectiveness', 'impact-of-leaders', 'help-and-protection', 'children-in-care', 'care-leavers')),
  grade text not null check (grade in ('outstanding', 'good', 'requires improvement', 'inadequate')),
  primary key (inspection_id, type)
);

-- A contract: the improvement plan's actions reference a finding by id, so an edit keeps each finding's id.
create table inspection_findings (
  id bigint generated always as identity primary key,
  inspection_id bigint not null references inspections(id) on delete cascade,
  la text not null check (la ~ '^\d{3}$'),
  kind text not null check (kind in ('recommendation', 'area-for-priority-action', 'area-for-improvement', 'strength', 'finding')),
  seq integer not null,
  text text not null check (length(text) between 1 and 4000),
  unique (inspection_id, seq)
);

-- Every version of a record, whole (the inspection, its judgements and its findings as JSON), with who
-- made it and when. Append-only revisions rather than a field-by-field edit log: one change touches three
-- tables, and a whole version answers "what did the record say then?" in one read; the differences between
-- two versions are worked out when shown. A trigger keeps the versions from being changed.
create table inspection_revisions (
  inspection_id bigint not null references inspections (id),
  revision integer not null check (revision >= 1),
  la text not null check (la ~ '^\d{3}$'),
  changed_by text not null,
  changed_at timestamptz not null default now(),
  record jsonb not null,
  primary key (inspection_id, revision)
);

create function inspection_revisions_are_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'an inspection record''s past versions cannot be changed';
end;
$$;

create trigger inspection_revisions_append_only before update or delete on inspection_revisions
  for each row execute function inspection_revisions_are_append_only();
