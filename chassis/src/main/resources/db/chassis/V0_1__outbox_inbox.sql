-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
create table outbox (
    id          bigserial primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    record_key  text        not null,
    event_type  text        not null,
    subject     text,
    payload     jsonb       not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
-- The relay only ever scans what is unsent; keep that scan small whatever the history.
create index outbox_unsent_idx on outbox (id) where sent_at is null;

-- Idempotent consumer: one row per (consumer, event id), inserted in the handler's transaction.
create table inbox (
    consumer    text        not null,
    event_id    text        not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
