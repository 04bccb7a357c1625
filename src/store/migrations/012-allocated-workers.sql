-- The social worker a council's case management system allocates to each child's case: a pseudonymous
-- id like the SSDA903's SW_ID, never a name. Null means the case is waiting for a worker (and, for rows
-- from before this column, that none was recorded). The SSDA903 names a worker only while a child is
-- looked after; this names one for every open case. An id, not a name: no spaces.
alter table allocations add column worker text check (worker is null or worker ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$');
