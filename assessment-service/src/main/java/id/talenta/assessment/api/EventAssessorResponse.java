package id.talenta.assessment.api;

import java.time.Instant;
import java.util.UUID;

public record EventAssessorResponse(
        UUID eventId,
        UUID assessorId,
        String name,
        String certificateNumber,
        String institution,
        boolean lead,
        Instant assignedAt) {}
