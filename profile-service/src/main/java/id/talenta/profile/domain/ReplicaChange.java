package id.talenta.profile.domain;

import java.util.Objects;

/**
 * What a newer participant snapshot means for the latest profile (docs/domain.md, "Which job level"): the job level
 * decides the standard, so a different one recomputes the profile (a new version, reason JOB_LEVEL_CHANGE); a
 * different NIP, name or unit is only followed in place (no new version: the outcome did not change).
 */
public enum ReplicaChange {
    RECOMPUTE,
    FOLLOW_IDENTITY,
    NOTHING;

    public static ReplicaChange of(Identity profile, Identity replica) {
        if (profile.jobLevel() != replica.jobLevel()) {
            return RECOMPUTE;
        }
        if (!Objects.equals(profile.nip(), replica.nip())
                || !Objects.equals(profile.fullName(), replica.fullName())
                || !Objects.equals(profile.unitCode(), replica.unitCode())) {
            return FOLLOW_IDENTITY;
        }
        return NOTHING;
    }
}
