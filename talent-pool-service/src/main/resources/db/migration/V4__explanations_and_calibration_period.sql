-- The potential thresholds each profile was computed with (profile.computed explanation.potentialPolicy.thresholds),
-- so that the nine-box explanation can name them beside the framework version, and the assessment result the
-- profile comes from (source.resultId), which a calibration belongs to. Null for profiles received before.
alter table profile_replica
    add column potential_tinggi     numeric(6, 2),
    add column potential_menengah   numeric(6, 2),
    add column assessment_result_id uuid;

-- A calibration belongs to one review period (the SKP year it was made on) and one assessment result; it lapses
-- when a newer SKP year or a new result arrives, or the committee withdraws it. Every calibration stays in the
-- history with how and when it ended.
alter table placement
    add column calibration_review_year integer,
    add column calibration_result_id   uuid,
    add column calibrated_at           timestamptz;

alter table calibration
    add column review_year integer,
    add column result_id   uuid,
    add column ended_at    timestamptz,
    add column end_reason  text check (end_reason in ('LAPSED_NEWER_SKP_YEAR', 'LAPSED_NEW_ASSESSMENT', 'WITHDRAWN',
                                                       'REPLACED')),
    add column end_note    text,
    add column ended_by    text;

-- Calibrations in force before this migration belong to the SKP year their placement shows now.
update placement set calibration_review_year = performance_year, calibrated_at = changed_at
 where calibrated_box is not null;
update calibration c set review_year = p.performance_year
  from placement p where p.participant_id = c.participant_id;
update calibration c set ended_at = c.at, end_reason = 'REPLACED'
 where exists (select 1 from calibration later where later.participant_id = c.participant_id and later.id > c.id);
