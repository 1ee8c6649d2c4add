-- The validity of the assessment result behind each profile (profile.computed validUntil / expired): an expired
-- profile keeps placing the person but, by the readiness policy's default, yields no automatic candidacy.
alter table profile_replica
    add column valid_until date,
    add column expired     boolean not null default false;
