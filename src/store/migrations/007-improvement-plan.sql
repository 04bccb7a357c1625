-- The council's improvement plan: actions answering an inspection's findings (or a case-audit theme),
-- their milestones, weekly progress updates and risks. No child appears in any of it. Every change is
-- kept in improvement_history (what was changed, before and after, who and when), which, like the
-- weekly updates themselves, is only ever added to. Access goes through src/access.
create table improvement_actions (
  id bigint generated always as identity primary key,
  la text not null check (la ~ '^\d{3}$'),
  title text not null check (length(btrim(title)) between 1 and 200),
  description text not null default '' check (length(description) <= 4000),
  owner text not null check (length(btrim(owner)) between 1 and 120),
  -- Where it comes from: a finding or recommendation of an inspection, a case-audit theme, or neither.
  finding_id bigint references inspection_findings (id),
  theme text check (length(btrim(theme)) between 1 and 200),
  status text not null check (status in ('not-started', 'in-progress', 'complete')),
  start_date date not null,
  target_date date not null,
  completed_on date,
  indicator_ids text[] not null default '{}',
  created_by text not null,
  created_at timestamptz not null default now(),
  check (finding_id is null or theme is null),
  check (target_date >= start_date),
  check ((status = 'complete') = (completed_on is not null))
);

create index improvement_actions_la on improvement_actions (la, id);

create table improvement_milestones (
  id bigint generated always as identity primary key,
  action_id bigint not null references improvement_actions (id),
  title text not null check (length(btrim(title)) between 1 and 200),
  due date not null,
  done_on date,
  -- The day (UTC) it was added, for the RAG it had on earlier days.
  added_on date not null
);

create index improvement_milestones_action on improvement_milestones (action_id, due);

create table improvement_updates (
  id bigint generated always as identity primary key,
  action_id bigint not null references improvement_actions (id),
  posted_by text not null,
  posted_at timestamptz not null default now(),
  summary text not null check (length(btrim(summary)) between 1 and 2000),
  progress integer not null check (progress between 0 and 100)
);

create index improvement_updates_action on improvement_updates (action_id, id);

create table improvement_risks (
  id bigint generated always as identity primary key,
  action_id bigint not null references improvement_actions (id),
  description text not null check (length(btrim(description)) between 1 and 500),
  likelihood integer not null check (likelihood between 1 and 5),
  impact integer not null check (impact between 1 and 5),
  mitigation text not null default '' check (length(mitigation) <= 2000),
  owner text not null check (length(btrim(owner)) between 1 and 120),
  status text not null check (status in ('open', 'closed'))
);

create index improvement_risks_action on improvement_risks (action_id, id);

create table improvement_history (
  id bigint generated always as identity primary key,
  la text not null check (la ~ '^\d{3}$'),
  action_id bigint not null references improvement_actions (id),
  entity text not null check (entity in ('action', 'milestone', 'update', 'risk')),
  entity_id bigint not null,
  change text not null check (change in ('created', 'changed', 'completed', 'posted')),
  -- The fields that changed as they were (null when created), and as they became.
  before jsonb,
  after jsonb not null,
  changed_by text not null,
  changed_at timestamptz not null default now()
);

create index improvement_history_action on improvement_history (action_id, id);
create index improvement_history_la on improvement_history (la, changed_at);

create function improvement_record_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the improvement plan''s history and weekly updates cannot be changed';
end;
$$;

create trigger improvement_history_append_only before update or delete on improvement_history
  for each row execute function improvement_record_is_append_only();

create trigger improvement_history_no_truncate before truncate on improvement_history
  for each statement execute function improvement_record_is_append_only();

create trigger improvement_updates_append_only before update or delete on improvement_updates
  for each row execute function improvement_record_is_append_only();

create trigger improvement_updates_no_truncate before truncate on improvement_updates
  for each statement execute function improvement_record_is_append_only();
