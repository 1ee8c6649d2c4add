package id.talenta.profile.profile;

import id.talenta.profile.domain.ProfileDocument;
import id.talenta.profile.store.LatestProfile;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the audit trail keeps of a profile version: the outcome and where it came from. No names and no NIP (the
 * entity id is the participant id): the trail is about decisions, and personal data stays in one place.
 */
public record ProfileAudit(
        int revision,
        String jobLevel,
        String unitCode,
        int frameworkVersion,
        UUID resultId,
        int resultRevision,
        BigDecimal jpm,
        String mappingCategory,
        String selectionCategory,
        String potentialCategory) {

    static ProfileAudit of(ProfileDocument doc) {
        return new ProfileAudit(
                doc.revision(),
                doc.jobLevel().name(),
                doc.unitCode(),
                doc.frameworkVersion(),
                doc.source().resultId(),
                doc.source().resultRevision(),
                doc.jpm(),
                doc.mappingCategory().name(),
                doc.selectionCategory().name(),
                doc.potential().category().name());
    }

    static ProfileAudit of(LatestProfile latest) {
        return new ProfileAudit(
                latest.revision(),
                latest.jobLevel().name(),
                latest.unitCode(),
                latest.frameworkVersion(),
                latest.source().resultId(),
                latest.source().resultRevision(),
                latest.jpm(),
                latest.mappingCategory(),
                latest.selectionCategory(),
                latest.potentialCategory());
    }
}
