package id.talenta.profile.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Which finalized result a profile was computed from. */
public record ResultSource(
        UUID assessmentEventId, UUID resultId, int resultRevision, Instant finalizedAt, LocalDate assessmentDate) {}
