-- Case audits: the council's own audit templates, samples of children drawn for audit (and how), each
-- child's audit with its auditor, moderator, grades per domain with the evidence, and themes. Every
-- change to an audit is kept in case_audit_changes (who, when, what it became), which is only ever
-- added to. Templates and samples are never changed once made: an audit is always read against the
-- domains it was graded on. Access goes through src/access.
create table case_audit_templates (
  id bigint generated always as identity primary key,
  la text not null check (la ~ '^\d{3}$'),
  name text not null check (length(btrim(name)) between 1 and 120),
  -- [{id, title, prompt}], in the order they are graded.
  domains jsonb not null check (jsonb_typeof(domains) = 'array' and jsonb_array_length(domains) between 1 and 20),
  created_by text not null,
  created_at timestamptz not null default now(),
  unique (la, name)
);

create table case_audit_samples (
  id bigint generated always as identity primary key,
  la text not null check (la ~ '^\d{3}$'),
  -- Null: the template shipped with Sightline.
  template_id bigint references case_audit_templates (id),
  -- The template as it was when drawn ({id, name, domains}): its audits are graded on these domains.
  template jsonb not null,
  method text not null check (method in ('random', 'worklist', 'indicator')),
  -- What it was drawn from: the date of the data, the rule or indicator and period, how many candidates.
  source jsonb not null,
  -- The seed of the draw: the same candidates and seed give the same children.
  seed integer not null check (seed >= 0),
  requested integer not null check (requested between 1 and 100),
  drawn_by text not null,
  drawn_at timestamptz not null default now()
);

create index case_audit_samples_la on case_audit_samples (la, id);

create table case_audits (
  id bigint generated always as identity primary key,
  la text not null check (la ~ '^\d{3}$'),
  sample_id bigint not null references case_audit_samples (id),
  child_id text not null,
  auditor text not null,
  moderator text,
  status text not null check (status in ('planned', 'in-progress', 'submitted', 'moderated')),
  -- [{domain, grade, text}], one per domain of the sample's template.
  grades jsonb not null check (jsonb_typeof(grades) = 'array'),
  overall text check (overall in ('outstanding', 'good', 'requires improvement', 'inadequate')),
  summary text not null default '' check (length(summary) <= 4000),
  themes jsonb not null default '[]' check (jsonb_typeof(themes) = 'array'),
  submitted_at timestamptz,
  -- {by, at, grades: [{domain, grade}], overall, note}
  moderation jsonb,
  updated_by text not null,
  updated_at timestamptz not null default now(),
  unique (sample_id, child_id),
  check ((status in ('submitted', 'moderated')) = (submitted_at is not null and overall is not null)),
  check ((status = 'moderated') = (moderation is not null)),
  check (moderation is null or moderation ->> 'by' <> auditor)
);

create index case_audits_la on case_audits (la, status, id);

create table case_audit_changes (
  id bigint generated always as identity primary key,
  audit_id bigint not null references case_audits (id),
  change text not null check (change in ('planned', 'saved', 'submitted', 'moderated')),
  -- The audit as the change left it.
  state jsonb not null,
  changed_by text not null,
  changed_at timestamptz not null default now()
);

create index case_audit_changes_audit on case_audit_changes (audit_id, id);

create function case_audit_changes_are_kept() returns trigger language plpgsql as $$
begin
  raise exception 'the history of a case audit cannot be changed';
end;
$$;

create trigger case_audit_changes_append_only before update or delete on case_audit_changes
  for each row execute function case_audit_changes_are_kept();
