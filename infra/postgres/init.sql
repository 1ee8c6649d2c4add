-- Databases of the four services; run once by the postgres image on an empty data directory
-- (mounted into /docker-entrypoint-initdb.d by docker-compose.yml). Idempotent: psql's \gexec
-- creates only the databases that are missing. ./talenta creates the same ones (plus _test twins).
SELECT format('CREATE DATABASE %I', d)
  FROM unnest(ARRAY['talenta_participant', 'talenta_assessment', 'talenta_profile', 'talenta_talent']) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d)
\gexec
