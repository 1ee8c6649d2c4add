-- Audit trail: who did what to which entity, when, why, with which correlation id.
-- Written in the same transaction as the change; append-only (enforced below).
create table audit_log (
    id              bigserial primary key,
    occurred_at     timestamptz not null default now(),
    actor           text        not null,
    actor_roles     text[]      not null default '{}',
    action          text        not null,
    entity_type     text        not null,
    entity_id       text        not null,
    changed_fields  text[]      not null default '{}',
    before          jsonb,
    after           jsonb,
    reason          text,
    correlation_id  text
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, occurred_at);
create index audit_log_actor_idx on audit_log (actor, occurred_at);
create index audit_log_time_idx on audit_log (occurred_at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
