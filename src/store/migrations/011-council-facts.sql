-- Each council's children's facts (what the indicators and drift rules count), worked out from its
-- current returns and kept so that a server starting cold reads them instead of rebuilding 10,000
-- chronologies from the returns' records (30 MB of JSON for a 10,000-child council, 10 times the facts).
-- `basis` names what they were worked out from: the facts' version and the current returns' ids; facts
-- whose basis is not the present one are ignored and worked out again. Derived data: safe to delete.
create table council_facts (
  la text primary key check (la ~ '^\d{3}$'),
  basis text not null,
  facts text not null,
  computed_at timestamptz not null default now()
);
