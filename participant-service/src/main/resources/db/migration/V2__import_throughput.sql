-- Bulk import throughput (issue 3, measured in README "Import"): every index on participant is paid on each of a
-- million inserts. The NIP needs uniqueness and prefix search: one text_pattern_ops btree serves both (bytewise
-- comparison; equality is the same as with the default operator class), so the separate prefix index goes.
create unique index participant_nip_unique_idx on participant (nip text_pattern_ops);
alter table participant drop constraint participant_nip_key;
drop index participant_nip_prefix_idx;
