-- Competency frameworks: one immutable JSONB document per version (competencies, standard, JPM and
-- potential policies); exactly one ACTIVE version at a time.
create table competency_framework (
    version      integer     primary key check (version > 0),
    status       text        not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    document     jsonb       not null,
    created_at   timestamptz not null default now(),
    created_by   text,
    activated_at timestamptz
);
create unique index competency_framework_one_active on competency_framework ((true)) where status = 'ACTIVE';

-- Recomputation of every latest profile after an activation; resumable from last_participant_id.
create table framework_activation (
    id                  uuid        primary key,
    framework_version   integer     not null references competency_framework (version),
    status              text        not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    total_profiles      bigint      not null default 0,
    processed_profiles  bigint      not null default 0,
    changed_profiles    bigint      not null default 0,
    unchanged_profiles  bigint      not null default 0,
    failed_profiles     bigint      not null default 0,
    last_participant_id uuid,
    errors              jsonb       not null default '[]'::jsonb,
    requested_by        text,
    created_at          timestamptz not null default now(),
    started_at          timestamptz,
    finished_at         timestamptz
);
create unique index framework_activation_one_running on framework_activation ((true))
    where status in ('QUEUED', 'RUNNING');

-- Replica of participant-service's participants (event-carried state transfer), revision-guarded.
create table participant_replica (
    participant_id uuid        primary key,
    nip            text        not null,
    full_name      text        not null,
    job_level      text        not null,
    unit_code      text        not null,
    status         text        not null,
    revision       integer     not null check (revision > 0),
    updated_at     timestamptz not null default now()
);
create index participant_replica_nip_idx on participant_replica (nip);

-- Highest result revision seen per (participant, assessment event): the revision guard, kept even
-- for results that did not become the latest profile.
create table result_watermark (
    participant_id      uuid        not null,
    assessment_event_id uuid        not null,
    result_revision     integer     not null check (result_revision > 0),
    finalized_at        timestamptz not null,
    primary key (participant_id, assessment_event_id)
);

-- Every computed profile version, append-only.
create table profile (
    id                  uuid        primary key,
    participant_id      uuid        not null,
    revision            integer     not null check (revision > 0),
    nip                 text        not null,
    job_level           text        not null,
    unit_code           text        not null,
    framework_version   integer     not null references competency_framework (version),
    assessment_event_id uuid        not null,
    result_id           uuid        not null,
    result_revision     integer     not null check (result_revision > 0),
    jpm                 numeric(5, 2) not null check (jpm between 0 and 100),
    mapping_category    text        not null check (mapping_category in ('OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL')),
    reason              text        not null check (reason in ('ASSESSMENT', 'RESULT_REVISION', 'JOB_LEVEL_CHANGE', 'FRAMEWORK_CHANGE')),
    computed_at         timestamptz not null,
    document            jsonb       not null,
    unique (participant_id, revision)
);

-- The latest profile per participant: what reads, lists and the competency map use.
create table latest_profile (
    participant_id      uuid        primary key,
    profile_id          uuid        not null references profile (id),
    revision            integer     not null check (revision > 0),
    nip                 text        not null,
    full_name           text        not null,
    job_level           text        not null,
    unit_code           text        not null,
    framework_version   integer     not null references competency_framework (version),
    assessment_event_id uuid        not null,
    result_revision     integer     not null,
    assessment_date     date,
    finalized_at        timestamptz not null,
    jpm                 numeric(5, 2) not null check (jpm between 0 and 100),
    mapping_category    text        not null check (mapping_category in ('OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL')),
    selection_category  text        not null check (selection_category in ('MEMENUHI_SYARAT', 'MASIH_MEMENUHI_SYARAT', 'KURANG_MEMENUHI_SYARAT')),
    potential_score     numeric(5, 2) not null check (potential_score between 0 and 100),
    potential_category  text        not null check (potential_category in ('TINGGI', 'MENENGAH', 'RENDAH')),
    computed_at         timestamptz not null,
    outcome_fingerprint text        not null,
    input               jsonb       not null,
    document            jsonb       not null
);
create index latest_profile_unit_level_idx on latest_profile (unit_code, job_level)
    include (jpm, mapping_category, selection_category);
create index latest_profile_level_idx on latest_profile (job_level)
    include (jpm, mapping_category, selection_category);
create index latest_profile_nip_idx on latest_profile (nip);
create index latest_profile_name_idx on latest_profile (full_name, participant_id);

-- One row per competency of the latest profile, denormalised with unit and job level so the
-- competency map is one index-only aggregate.
create table latest_profile_competency (
    participant_id uuid         not null references latest_profile (participant_id) on delete cascade,
    code           text         not null,
    type           text         not null check (type in ('STANDARD', 'TECHNICAL')),
    unit_code      text         not null,
    job_level      text         not null,
    required       numeric(3, 2) not null check (required between 1 and 5),
    achieved       numeric(3, 2) not null check (achieved between 1 and 5),
    gap            numeric(3, 2) not null,
    meets          boolean      not null,
    primary key (participant_id, code)
);
create index latest_profile_competency_unit_level_idx on latest_profile_competency (unit_code, job_level, code)
    include (required, achieved, gap, meets);
create index latest_profile_competency_level_idx on latest_profile_competency (job_level, code)
    include (required, achieved, gap, meets);
