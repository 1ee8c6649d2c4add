-- What an import did beside participants: units (and agencies) it created from the file's unor_* and
-- instansi_kerja_* columns, and how many people it found out of service by their legal status.
alter table import_job add column ended_service bigint not null default 0;
alter table import_job add column created_units text[] not null default '{}';
alter table import_job add column created_agencies text[] not null default '{}';
