package id.talenta.assessment.api;

import java.util.List;
import java.util.UUID;

/** Outcome of a bulk enrollment: one item per requested participant, in request order. */
public record EnrollmentResult(UUID eventId, String groupCode, int enrolled, int rejected, List<Item> items) {

    /** {@code status} ENROLLED or REJECTED; {@code reason} set when rejected. */
    public record Item(UUID participantId, String nip, String status, String reason) {}
}
