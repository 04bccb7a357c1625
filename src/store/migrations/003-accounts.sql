-- Local accounts, their sessions, and which team each child is allocated to. Access to all of it goes
-- through src/access: nothing else reads or writes these tables.
create table users (
  username text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  la text not null check (la ~ '^\d{3}$'),
  role text not null check (role in ('administrator', 'performance-analyst', 'manager', 'social-worker', 'inspector', 'elected-member')),
  -- A social worker sees only the children allocated to their team.
  team text,
  -- scrypt$N$r$p$salt$hash (base64url): never the password itself.
  password_hash text not null,
  failed_sign_ins integer not null default 0,
  locked_until timestamptz,
  -- Inspectors' accounts end with their inspection.
  expires_at timestamptz,
  created_at timestamptz not null default now(),
  check (role <> 'social-worker' or team is not null),
  check (role <> 'inspector' or expires_at is not null)
);

-- A session is known by the SHA-256 of its cookie's value, so a copy of this table signs no one in.
create table sessions (
  id_hash text primary key,
  username text not null references users (username) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now()
);

create index sessions_username on sessions (username);

create table allocations (
  la text not null,
  child_id text not null,
  team text not null,
  primary key (la, child_id)
);

create index allocations_team on allocations (la, team, child_id);

-- The audit log page filters by who, which child and when.
create index audit_log_actor on audit_log (actor, at);
create index audit_log_subject on audit_log (subject, at);
create index audit_log_at on audit_log (at);
