-- Trigram index support for free-text search on names (pg_trgm ships with PostgreSQL contrib).
create extension if not exists pg_trgm;

-- Reference data: job levels (PP 11/2017 art. 239 retirement ages; default standard level is practice, see DOMAIN.md).
-- The one place these numbers live; change them here (new migration), never in code.
create table job_level (
    code                   text primary key,
    label                  text not null,
    track                  text not null check (track in ('STRUCTURAL', 'FUNCTIONAL_EXPERT', 'FUNCTIONAL_SKILLED', 'GENERAL')),
    retirement_age         int  not null check (retirement_age between 50 and 70),
    default_standard_level int  not null check (default_standard_level between 1 and 5),
    sort_order             int  not null unique
);
insert into job_level (code, label, track, retirement_age, default_standard_level, sort_order) values
    ('JPT_UTAMA',     'Jabatan Pimpinan Tinggi Utama',   'STRUCTURAL',         60, 5, 1),
    ('JPT_MADYA',     'Jabatan Pimpinan Tinggi Madya',   'STRUCTURAL',         60, 5, 2),
    ('JPT_PRATAMA',   'Jabatan Pimpinan Tinggi Pratama', 'STRUCTURAL',         60, 4, 3),
    ('ADMINISTRATOR', 'Administrator',                   'STRUCTURAL',         58, 3, 4),
    ('PENGAWAS',      'Pengawas',                        'STRUCTURAL',         58, 2, 5),
    ('AHLI_UTAMA',    'Fungsional Ahli Utama',           'FUNCTIONAL_EXPERT',  65, 4, 6),
    ('AHLI_MADYA',    'Fungsional Ahli Madya',           'FUNCTIONAL_EXPERT',  60, 3, 7),
    ('AHLI_MUDA',     'Fungsional Ahli Muda',            'FUNCTIONAL_EXPERT',  58, 2, 8),
    ('AHLI_PERTAMA',  'Fungsional Ahli Pertama',         'FUNCTIONAL_EXPERT',  58, 1, 9),
    ('PENYELIA',      'Fungsional Penyelia',             'FUNCTIONAL_SKILLED', 58, 2, 10),
    ('MAHIR',         'Fungsional Mahir',                'FUNCTIONAL_SKILLED', 58, 1, 11),
    ('TERAMPIL',      'Fungsional Terampil',             'FUNCTIONAL_SKILLED', 58, 1, 12),
    ('PEMULA',        'Fungsional Pemula',               'FUNCTIONAL_SKILLED', 58, 1, 13),
    ('PELAKSANA',     'Pelaksana',                       'GENERAL',            58, 1, 14);

-- Ranks: PNS golongan/ruang with their SIASN golRuangAkhirId codes; PPPK grades (no SIASN code here).
create table rank (
    code            text primary key,
    employment_type text not null check (employment_type in ('PNS', 'PPPK')),
    siasn_code      text unique,
    label           text not null,
    sort_order      int  not null unique
);
insert into rank (code, employment_type, siasn_code, label, sort_order) values
    ('I/a',   'PNS', '11', 'Juru Muda',                   1),
    ('I/b',   'PNS', '12', 'Juru Muda Tingkat I',         2),
    ('I/c',   'PNS', '13', 'Juru',                        3),
    ('I/d',   'PNS', '14', 'Juru Tingkat I',              4),
    ('II/a',  'PNS', '21', 'Pengatur Muda',               5),
    ('II/b',  'PNS', '22', 'Pengatur Muda Tingkat I',     6),
    ('II/c',  'PNS', '23', 'Pengatur',                    7),
    ('II/d',  'PNS', '24', 'Pengatur Tingkat I',          8),
    ('III/a', 'PNS', '31', 'Penata Muda',                 9),
    ('III/b', 'PNS', '32', 'Penata Muda Tingkat I',       10),
    ('III/c', 'PNS', '33', 'Penata',                      11),
    ('III/d', 'PNS', '34', 'Penata Tingkat I',            12),
    ('IV/a',  'PNS', '41', 'Pembina',                     13),
    ('IV/b',  'PNS', '42', 'Pembina Tingkat I',           14),
    ('IV/c',  'PNS', '43', 'Pembina Utama Muda',          15),
    ('IV/d',  'PNS', '44', 'Pembina Utama Madya',         16),
    ('IV/e',  'PNS', '45', 'Pembina Utama',               17);
insert into rank (code, employment_type, siasn_code, label, sort_order)
select g, 'PPPK', null, 'Golongan PPPK ' || g, 17 + n
from unnest(array['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII','XIII','XIV','XV','XVI','XVII'])
     with ordinality as t(g, n);

create table unit (
    code        text primary key check (code ~ '^[A-Za-z0-9._-]{1,64}$'),
    name        text not null,
    parent_code text references unit (code),
    version     bigint not null default 1,
    created_at  timestamptz not null default now(),
    check (parent_code is null or parent_code <> code)
);
create index unit_parent_idx on unit (parent_code);

create table participant (
    id                  uuid primary key,
    nip                 text not null unique check (nip ~ '^[0-9]{18}$'),
    full_name           text not null,
    front_title         text,
    back_title          text,
    employment_type     text not null check (employment_type in ('PNS', 'PPPK')),
    rank                text references rank (code),
    position_title      text not null,
    job_level           text not null references job_level (code),
    unit_code           text not null references unit (code),
    email               text,
    phone               text,
    education_level     text,
    education_major     text,
    birth_date          date not null,
    gender              text not null check (gender in ('MALE', 'FEMALE')),
    cpns_start_month    text not null check (cpns_start_month ~ '^[0-9]{4}-[0-9]{2}$'),
    retirement_date     date not null,
    status              text not null check (status in ('ACTIVE', 'INACTIVE')),
    deactivation_reason text,
    version             bigint not null check (version >= 1),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check (status = 'ACTIVE' or deactivation_reason is not null)
);
-- Free text: substring on the lower-cased name (trigram GIN), prefix on the NIP (pattern btree).
create index participant_name_trgm_idx on participant using gin (lower(full_name) gin_trgm_ops);
create index participant_nip_prefix_idx on participant (nip text_pattern_ops);
create index participant_unit_idx on participant (unit_code);
create index participant_job_level_idx on participant (job_level);
create index participant_name_idx on participant (full_name, id);

-- Every change, with who made it and why: revision = the participant's version after the change.
create table participant_history (
    id             bigserial primary key,
    participant_id uuid   not null references participant (id),
    revision       bigint not null,
    change_type    text   not null check (change_type in ('REGISTERED', 'UPDATED', 'DEACTIVATED')),
    changed_fields text[] not null,
    actor          text   not null,
    reason         text,
    source         text   not null,
    at             timestamptz not null default now(),
    unique (participant_id, revision)
);

-- Long jobs: CSV/NDJSON imports and national-data syncs share one table and one resource shape.
create table import_job (
    id              uuid primary key,
    kind            text not null check (kind in ('IMPORT', 'NATIONAL_SYNC')),
    mode            text not null check (mode in ('UPSERT', 'CREATE_ONLY')),
    dry_run         boolean not null,
    format          text,
    status          text not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    total_rows      bigint not null default 0,
    processed_rows  bigint not null default 0,
    created         bigint not null default 0,
    updated         bigint not null default 0,
    unchanged       bigint not null default 0,
    rejected        bigint not null default 0,
    failure_reason  text,
    requested_by    text not null,
    created_at      timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz
);

create table import_error (
    id       bigserial primary key,
    job_id   uuid   not null references import_job (id),
    row_no   bigint not null,
    nip      text,
    field    text,
    message  text   not null
);
create index import_error_job_idx on import_error (job_id, row_no, id);
