package id.talenta.assessment.api;

import java.time.Instant;
import java.util.UUID;

public record AssessorResponse(
        UUID id, String name, String certificateNumber, String institution, long version, Instant createdAt) {}
