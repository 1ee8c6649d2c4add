-- An assessment result counts for a limited time (DOMAIN.md, default three years from the assessment date): every
-- profile version records the last day its result counts and whether it has expired; the daily check adds an
-- EXPIRY version (values unchanged) when a latest profile passes that day.
alter table profile drop constraint profile_reason_check;
alter table profile add constraint profile_reason_check
    check (reason in ('ASSESSMENT', 'RESULT_REVISION', 'JOB_LEVEL_CHANGE', 'FRAMEWORK_CHANGE', 'EXPIRY'));

alter table latest_profile
    add column valid_until date,
    add column expired     boolean not null default false;

update latest_profile
   set valid_until = (coalesce(assessment_date, (finalized_at at time zone 'Asia/Jakarta')::date)
                      + interval '36 months' - interval '1 day')::date;

-- The daily check reads the latest profiles that are still current and past their day.
create index latest_profile_expiring_idx on latest_profile (valid_until) where not expired;
