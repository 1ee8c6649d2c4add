-- The active framework version for a transaction that stores profiles, read under the framework lock.
-- Profile writers take the transaction-level advisory lock 7406184 SHARED; a framework activation takes it
-- EXCLUSIVE until it commits. A writer therefore either commits before the activation does (and the activation
-- job, which starts after that commit, recomputes what it stored) or reads the newly activated version.
-- One round trip: in a VOLATILE PL/pgSQL function each statement takes a fresh snapshot, so the version is read
-- after the lock is granted (a plain "select lock(), (select version ...)" would use a snapshot taken before
-- waiting, and could return the version that was just retired).
create function profile_framework_version_locked() returns integer language plpgsql volatile as $$
begin
    perform pg_advisory_xact_lock_shared(7406184);
    return (select version from competency_framework where status = 'ACTIVE');
end;
$$;
