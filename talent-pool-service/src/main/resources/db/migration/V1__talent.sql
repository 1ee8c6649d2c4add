-- talent-pool-service: replicas, performance ratings, policies, placements, key positions, succession.

-- Replica of talenta.participants.v1 (event-carried state; newest revision wins).
create table participant_replica (
    participant_id  uuid primary key,
    revision        integer     not null,
    nip             text        not null,
    full_name       text        not null,
    job_level       text,
    unit_code       text,
    birth_date      date,
    retirement_date date,
    status          text        not null check (status in ('ACTIVE', 'INACTIVE')),
    updated_at      timestamptz not null default now()
);
create index participant_replica_nip_idx on participant_replica (nip);

-- Latest profile.computed per participant (talenta.profiles.v1).
create table profile_replica (
    participant_id     uuid primary key,
    revision           integer       not null,
    nip                text,
    full_name          text,
    job_level          text,
    unit_code          text,
    jpm                numeric(6, 2),
    potential_score    numeric(6, 2),
    potential_category text          not null check (potential_category in ('TINGGI', 'MENENGAH', 'RENDAH')),
    fit_by_job_level   jsonb         not null default '{}'::jsonb,
    framework_version  text,
    updated_at         timestamptz   not null default now()
);

-- Annual SKP rating (PermenPANRB 6/2022); the latest year counts.
create table performance_rating (
    participant_id uuid        not null,
    year           integer     not null check (year between 2000 and 2100),
    rating         text        not null check (rating in ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    source         text        not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now(),
    primary key (participant_id, year)
);

-- Versioned policies (kind NINE_BOX | READINESS); the highest version is in force.
create table policy (
    kind       text        not null check (kind in ('NINE_BOX', 'READINESS')),
    version    integer     not null check (version > 0),
    document   jsonb       not null,
    created_by text        not null,
    created_at timestamptz not null default now(),
    primary key (kind, version)
);

-- Current nine-box placement per participant; box = calibrated_box when calibrated, else computed_box.
create table placement (
    participant_id      uuid primary key,
    revision            integer     not null,
    job_level           text,
    unit_code           text,
    active              boolean     not null,
    box                 integer     not null check (box between 1 and 9),
    computed_box        integer     not null check (computed_box between 1 and 9),
    calibrated_box      integer     check (calibrated_box between 1 and 9),
    performance_level   text        check (performance_level in ('ABOVE', 'MEETS', 'BELOW')),
    performance_year    integer,
    potential_level     text        not null check (potential_level in ('TINGGI', 'MENENGAH', 'RENDAH')),
    in_talent_pool      boolean     not null,
    recommended_actions jsonb       not null,
    policy_version      integer     not null,
    explanation         text        not null,
    changed_at          timestamptz not null
);
create index placement_grid_idx on placement (job_level, unit_code, box) where active;
create index placement_pool_idx on placement (job_level, unit_code) where in_talent_pool;

create table placement_history (
    id                bigserial primary key,
    participant_id    uuid        not null references placement (participant_id),
    revision          integer     not null,
    box               integer     not null,
    computed_box      integer     not null,
    calibrated        boolean     not null,
    performance_level text,
    potential_level   text        not null,
    in_talent_pool    boolean     not null,
    policy_version    integer     not null,
    explanation       text        not null,
    changed_at        timestamptz not null,
    unique (participant_id, revision)
);

-- Committee overrides of the box (audit trail).
create table calibration (
    id             bigserial primary key,
    participant_id uuid        not null references placement (participant_id),
    box            integer     not null check (box between 1 and 9),
    previous_box   integer     not null,
    computed_box   integer     not null,
    reason         text        not null check (length(trim(reason)) > 0),
    actor          text        not null,
    at             timestamptz not null default now()
);
create index calibration_participant_idx on calibration (participant_id);

create table key_position (
    id                       uuid primary key,
    title                    text        not null,
    job_level                text        not null,
    unit_code                text        not null,
    incumbent_participant_id uuid,
    criticality              text        not null check (criticality in ('HIGH', 'MEDIUM', 'LOW')),
    version                  integer     not null default 0,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now()
);
create index key_position_level_idx on key_position (job_level, unit_code);

-- Candidate x key position. readiness INELIGIBLE = no longer on the list (kept for the revision sequence).
create table candidate (
    key_position_id   uuid        not null references key_position (id) on delete cascade,
    participant_id    uuid        not null,
    nominated         boolean     not null default false,
    nomination_reason text,
    nominated_by      text,
    readiness         text        not null check (readiness in ('READY_NOW', 'READY_1_2_YEARS', 'READY_3_PLUS_YEARS', 'NOT_READY', 'INELIGIBLE')),
    target_fit        numeric(6, 2),
    box               integer,
    rule              text        not null,
    explanation       text        not null,
    policy_version    integer     not null,
    revision          integer     not null,
    changed_at        timestamptz not null,
    primary key (key_position_id, participant_id),
    check (not nominated or nomination_reason is not null)
);
-- A profile or rating event re-evaluates one participant: find their candidacies fast.
create index candidate_participant_idx on candidate (participant_id);

-- Readiness history per candidate x position, and the change feed (sequence = feed cursor).
create table readiness_change (
    sequence          bigserial primary key,
    key_position_id   uuid        not null,
    participant_id    uuid        not null,
    position_title    text        not null,
    revision          integer     not null,
    from_readiness    text,
    to_readiness      text        not null,
    target_fit        numeric(6, 2),
    box               integer,
    rule              text        not null,
    explanation       text        not null,
    policy_version    integer     not null,
    changed_at        timestamptz not null
);
create index readiness_change_candidate_idx on readiness_change (participant_id, key_position_id);
create index readiness_change_time_idx on readiness_change (changed_at);

-- Long-running work: rating imports and policy re-evaluations.
create table job (
    id          uuid primary key,
    kind        text        not null check (kind in ('RATING_IMPORT', 'REEVALUATION')),
    status      text        not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    detail      text,
    total       integer     not null default 0,
    processed   integer     not null default 0,
    succeeded   integer     not null default 0,
    failed      integer     not null default 0,
    changed     integer     not null default 0,
    errors      jsonb       not null default '[]'::jsonb,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    finished_at timestamptz
);
