-- The potential thresholds each profile was computed with (profile.computed explanation.potentialPolicy.thresholds),
-- so that the nine-box explanation can name them beside the framework version. Null for profiles received before.
alter table profile_replica
    add column potential_tinggi   numeric(6, 2),
    add column potential_menengah numeric(6, 2);
