-- A manager's acknowledgement of a drift worklist item: who, when, why, until when, and the item's facts
-- as they were, so that the list can tell whether the situation has since worsened. Only ever added to:
-- the latest acknowledgement of an item is the one in force. Access goes through src/access.
create table acknowledgements (
  id bigint generated always as identity primary key,
  la text not null check (la ~ '^\d{3}$'),
  -- The drift item's stable id: rule, child and the event it is about.
  item_id text not null,
  acknowledged_by text not null,
  at timestamptz not null default now(),
  reason text not null check (length(reason) between 1 and 500),
  -- A review date: the item comes back on the worklist after it.
  until date,
  facts jsonb not null
);

create index acknowledgements_item on acknowledgements (la, item_id, id desc);
