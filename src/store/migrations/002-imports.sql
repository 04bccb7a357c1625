-- What an import keeps beside the children: the CIN Header as read, the file each SSDA903 table came
-- from and the tables a return left out, and every problem the reader met, so a snapshot can be shown
-- and traced exactly as it arrived.
alter table returns add column header jsonb;
-- SSDA903: { "episodes": "2025/episodes.csv", ... } for the tables the return included.
alter table returns add column table_files jsonb;
alter table returns add column absent_tables text[] not null default '{}';

-- A census can repeat a child id (a fault the DfE rules report): each Child is kept, numbered in file order.
alter table return_children add column seq integer not null default 0;
alter table return_children drop constraint return_children_pkey;
alter table return_children add primary key (return_id, child_id, seq);

-- The reader's problems (lines it could not take as they stood), one row each.
create table read_problems (
  return_id bigint not null references returns (id),
  seq integer not null,
  severity text not null check (severity in ('error', 'warning')),
  kind text not null,
  file text,
  line integer,
  path text,
  field text,
  value text,
  child_id text,
  message text not null,
  primary key (return_id, seq)
);

-- The DfE validation findings of each return, one row per broken rule at one cell, so that the data
-- quality pages ask SQL by rule and by child. The rule's message and how to fix it are in
-- returns.validation (its outcomes), once per rule rather than once per finding.
create table findings (
  return_id bigint not null references returns (id),
  seq integer not null,
  rule text not null,
  severity text not null check (severity in ('error', 'query')),
  child_id text,
  table_name text not null,
  field text not null,
  value text,
  line integer,
  related jsonb not null default '[]',
  primary key (return_id, seq)
);

create index findings_by_rule on findings (return_id, rule);
create index findings_by_child on findings (child_id, return_id);

-- Child search by id prefix: an index that also serves `like 'prefix%'` whatever the database's
-- collation, replacing the plain one (it serves equality as well).
create index return_children_child_prefix on return_children (child_id text_pattern_ops);
drop index return_children_child;
