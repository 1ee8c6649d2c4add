package id.talenta.profile.store;

import id.talenta.profile.domain.AssessmentInput;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.ResultSource;
import java.math.BigDecimal;
import java.util.UUID;

/** The latest-profile row: what the write path needs to decide, recompute and audit. */
public record LatestProfile(
        UUID participantId,
        UUID profileId,
        int revision,
        String nip,
        String fullName,
        JobLevel jobLevel,
        String unitCode,
        int frameworkVersion,
        ResultSource source,
        String fingerprint,
        AssessmentInput input,
        BigDecimal jpm,
        String mappingCategory,
        String selectionCategory,
        String potentialCategory) {}
