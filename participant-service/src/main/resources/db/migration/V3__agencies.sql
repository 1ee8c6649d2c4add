-- Agencies (instansi) are the roots of unit trees: every unit, and through its unit every participant, belongs to
-- exactly one agency (docs/domain.md, "Agency"). What existed before agencies belongs to the default agency.
create table agency (
    code       text primary key check (code ~ '^[A-Za-z0-9._-]{1,64}$'),
    name       text not null check (length(name) between 1 and 200),
    siasn_id   text unique check (siasn_id is null or length(siasn_id) between 1 and 64),
    version    bigint not null default 1,
    created_at timestamptz not null default now()
);

insert into agency (code, name) values ('DEFAULT', 'Instansi bawaan (data sebelum pencatatan instansi)');

alter table unit add column agency_code text references agency (code);
update unit set agency_code = 'DEFAULT';
alter table unit alter column agency_code set not null;
create index unit_agency_idx on unit (agency_code, code);
