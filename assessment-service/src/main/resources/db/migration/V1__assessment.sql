-- Reference data (DOMAIN.md): stable codes, seeded here so that agencies can extend them by migration.
create table job_level (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,49}$'),
    position int  not null unique
);
insert into job_level (code, position) values
    ('JPT_UTAMA', 1), ('JPT_MADYA', 2), ('JPT_PRATAMA', 3), ('ADMINISTRATOR', 4), ('PENGAWAS', 5),
    ('AHLI_UTAMA', 6), ('AHLI_MADYA', 7), ('AHLI_MUDA', 8), ('AHLI_PERTAMA', 9),
    ('PENYELIA', 10), ('MAHIR', 11), ('TERAMPIL', 12), ('PEMULA', 13), ('PELAKSANA', 14);

-- The nine standard competencies of PermenPANRB 38/2017, in regulation order.
create table competency (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{2,49}$'),
    name     text not null,
    type     text not null default 'STANDARD' check (type in ('STANDARD')),
    position int  not null unique
);
insert into competency (code, name, position) values
    ('INTEGRITAS', 'Integritas', 1),
    ('KERJASAMA', 'Kerja Sama', 2),
    ('KOMUNIKASI', 'Komunikasi', 3),
    ('ORIENTASI_HASIL', 'Orientasi pada Hasil', 4),
    ('PELAYANAN_PUBLIK', 'Pelayanan Publik', 5),
    ('PENGEMBANGAN_DIRI_ORANG_LAIN', 'Pengembangan Diri dan Orang Lain', 6),
    ('MENGELOLA_PERUBAHAN', 'Mengelola Perubahan', 7),
    ('PENGAMBILAN_KEPUTUSAN', 'Pengambilan Keputusan', 8),
    ('PEREKAT_BANGSA', 'Perekat Bangsa', 9);

-- Assessment methods (Peraturan BKN 26/2019, practice).
create table assessment_method (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{2,49}$'),
    name     text not null,
    position int  not null unique
);
insert into assessment_method (code, name, position) values
    ('PSYCHOLOGICAL_TEST', 'Psychological test', 1), ('INTERVIEW', 'Interview', 2),
    ('GROUP_DISCUSSION', 'Group discussion', 3), ('IN_TRAY', 'In-tray', 4),
    ('CASE_ANALYSIS', 'Case analysis', 5), ('PRESENTATION', 'Presentation', 6),
    ('ROLE_PLAY', 'Role play', 7), ('PROPOSAL_WRITING', 'Proposal writing', 8);

-- Potential assessment aspects (PermenPANRB 3/2020 as amended by 20/2025).
create table potential_aspect (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{2,49}$'),
    name     text not null,
    position int  not null unique
);
insert into potential_aspect (code, name, position) values
    ('INTELLECTUAL_ABILITY', 'Intellectual ability', 1), ('INTERPERSONAL', 'Interpersonal', 2),
    ('SELF_AWARENESS', 'Self awareness', 3), ('CRITICAL_STRATEGIC_THINKING', 'Critical and strategic thinking', 4),
    ('PROBLEM_SOLVING', 'Problem solving', 5), ('EMOTIONAL_INTELLIGENCE', 'Emotional intelligence', 6),
    ('GROWTH_MINDSET', 'Growth mindset', 7), ('GRIT', 'Grit', 8);

-- Participants as known from talenta.participants.v1 (event-carried state transfer).
create table participant_replica (
    participant_id uuid        primary key,
    nip            text        not null,
    full_name      text        not null,
    job_level      text,
    unit_code      text,
    status         text        not null check (status in ('ACTIVE', 'INACTIVE')),
    revision       bigint      not null check (revision >= 0),
    updated_at     timestamptz not null default now()
);
create index participant_replica_nip_idx on participant_replica (nip);

create table assessment_event (
    id                   uuid        primary key,
    title                text        not null check (length(title) between 1 and 200),
    organizer            text        not null,
    assessor_institution text,
    venue                text,
    start_date           date        not null,
    end_date             date,
    status               text        not null check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    version              bigint      not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index assessment_event_status_idx on assessment_event (status, start_date);
create index assessment_event_start_idx on assessment_event (start_date);

create table event_method (
    event_id    uuid not null references assessment_event (id) on delete cascade,
    method_code text not null references assessment_method (code),
    primary key (event_id, method_code)
);

-- Technical competencies are declared per event (defined per position by the ministry owning the job family).
create table event_technical_competency (
    event_id uuid not null references assessment_event (id) on delete cascade,
    code     text not null check (code ~ '^[A-Z][A-Z0-9_]{2,49}$'),
    name     text not null,
    primary key (event_id, code)
);

-- Which method measures which competency (standard code or one of the event's technical codes).
create table event_matrix_cell (
    event_id        uuid not null,
    method_code     text not null,
    competency_code text not null check (competency_code ~ '^[A-Z][A-Z0-9_]{2,49}$'),
    primary key (event_id, method_code, competency_code),
    foreign key (event_id, method_code) references event_method (event_id, method_code) on delete cascade
);

create table participant_group (
    event_id   uuid   not null references assessment_event (id) on delete cascade,
    code       text   not null check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,29}$'),
    name       text   not null,
    job_levels text[] not null check (cardinality(job_levels) > 0),
    capacity   int    not null check (capacity between 1 and 100000),
    primary key (event_id, code)
);

create table assessor (
    id                 uuid        primary key,
    name               text        not null,
    certificate_number text        unique,
    institution        text,
    version            bigint      not null default 0,
    created_at         timestamptz not null default now()
);
create index assessor_name_idx on assessor (name);

create table event_assessor (
    event_id    uuid        not null references assessment_event (id) on delete cascade,
    assessor_id uuid        not null references assessor (id),
    lead        boolean     not null default false,
    assigned_at timestamptz not null default now(),
    primary key (event_id, assessor_id)
);
create index event_assessor_assessor_idx on event_assessor (assessor_id);

-- One enrollment per participant per event, whatever the group.
create table enrollment (
    event_id       uuid        not null,
    participant_id uuid        not null references participant_replica (participant_id),
    group_code     text        not null,
    enrolled_at    timestamptz not null default now(),
    primary key (event_id, participant_id),
    foreign key (event_id, group_code) references participant_group (event_id, code)
);
create index enrollment_group_idx on enrollment (event_id, group_code, enrolled_at);
create index enrollment_participant_idx on enrollment (participant_id);

-- The current rating of each assessor for each cell; every write is also appended to rating_history.
create table rating (
    event_id        uuid          not null,
    participant_id  uuid          not null,
    method_code     text          not null,
    competency_code text          not null,
    assessor_id     uuid          not null,
    level           numeric(3, 2) not null check (level between 1.00 and 5.00),
    evidence        text,
    rated_at        timestamptz   not null default now(),
    primary key (event_id, participant_id, method_code, competency_code, assessor_id),
    foreign key (event_id, participant_id) references enrollment (event_id, participant_id),
    foreign key (event_id, method_code, competency_code)
        references event_matrix_cell (event_id, method_code, competency_code),
    foreign key (event_id, assessor_id) references event_assessor (event_id, assessor_id)
);

create table rating_history (
    id              bigserial     primary key,
    event_id        uuid          not null,
    participant_id  uuid          not null,
    method_code     text          not null,
    competency_code text          not null,
    assessor_id     uuid          not null,
    level           numeric(3, 2) not null check (level between 1.00 and 5.00),
    evidence        text,
    rated_at        timestamptz   not null,
    foreign key (event_id, participant_id) references enrollment (event_id, participant_id)
);
create index rating_history_cell_idx on rating_history (event_id, participant_id, method_code, competency_code);

create table potential_score (
    event_id       uuid        not null,
    participant_id uuid        not null,
    aspect_code    text        not null references potential_aspect (code),
    score          int         not null check (score between 1 and 5),
    assessor_id    uuid        not null,
    scored_at      timestamptz not null default now(),
    primary key (event_id, participant_id, aspect_code),
    foreign key (event_id, participant_id) references enrollment (event_id, participant_id),
    foreign key (event_id, assessor_id) references event_assessor (event_id, assessor_id)
);

-- A result exists once finalized; each finalization or correction is a revision with its own final levels.
create table assessment_result (
    id                      uuid        primary key,
    event_id                uuid        not null,
    participant_id          uuid        not null,
    status                  text        not null check (status in ('FINALIZED')),
    revision                int         not null check (revision >= 1),
    job_level_at_assessment text,
    unit_code_at_assessment text,
    finalized_at            timestamptz not null,
    unique (event_id, participant_id),
    foreign key (event_id, participant_id) references enrollment (event_id, participant_id)
);

create table result_revision (
    result_id    uuid        not null references assessment_result (id),
    revision     int         not null check (revision >= 1),
    reason       text,
    finalized_by uuid        not null references assessor (id),
    finalized_at timestamptz not null,
    policy       text        not null,
    -- [{code, proposal, level, overrideReason}] : proposal and final level per competency, as decided.
    competencies jsonb       not null,
    -- null or {aspects: [{aspect, score}]} as published.
    potential    jsonb,
    primary key (result_id, revision),
    check (revision = 1 or reason is not null)
);
