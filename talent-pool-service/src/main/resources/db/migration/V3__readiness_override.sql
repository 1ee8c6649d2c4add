-- Committee override of readiness per candidate x key position (DOMAIN.md: "the talent committee may override
-- [readiness] with a reason; the computed value is kept beside the override"). candidate.readiness stays the
-- EFFECTIVE readiness (what lists, bench strength, the feed and events use); computed_readiness is what the policy
-- gives. The override survives every recomputation; it is suspended (not applied) while the candidate is
-- INELIGIBLE, because hard exclusions (inactive, incumbent, retiring) are never overridden.
alter table candidate add column computed_readiness text;
update candidate set computed_readiness = readiness;
alter table candidate alter column computed_readiness set not null;
alter table candidate add constraint candidate_computed_readiness_check check (computed_readiness in
    ('READY_NOW', 'READY_1_2_YEARS', 'READY_3_PLUS_YEARS', 'NOT_READY', 'INELIGIBLE'));
alter table candidate add column override_readiness text check (override_readiness in
    ('READY_NOW', 'READY_1_2_YEARS', 'READY_3_PLUS_YEARS', 'NOT_READY'));
alter table candidate add column override_reason text;
alter table candidate add column override_by text;
alter table candidate add column override_at timestamptz;
alter table candidate add constraint candidate_override_complete check (override_readiness is null
    or (override_reason is not null and length(trim(override_reason)) > 0 and override_by is not null
        and override_at is not null));

-- History rows say whether the readiness was the committee's and what the policy computed.
alter table readiness_change add column computed_readiness text;
alter table readiness_change add column calibrated boolean not null default false;
