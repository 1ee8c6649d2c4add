-- What a dry run would change, row by row, before anything is written (a real import's changes are in
-- participant_history).
create table import_change (
    job_id         uuid   not null references import_job (id) on delete cascade,
    row_no         bigint not null,
    nip            text,
    action         text   not null check (action in ('CREATE', 'UPDATE', 'DEACTIVATE')),
    changed_fields text[] not null default '{}',
    primary key (job_id, row_no)
);
