-- Units are published on talenta.units.v1 (unit.registered, unit.updated) so that every service keeps the unit trees
-- access scopes are resolved in. A unit whose published_version is below its version has a change not yet in the
-- outbox (UnitEvents puts it there); 0 = never published, which is every unit that existed before this migration.
alter table unit add column published_version bigint not null default 0;
create index unit_unpublished_idx on unit (code) where published_version < version;
