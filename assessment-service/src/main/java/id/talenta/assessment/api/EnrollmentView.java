package id.talenta.assessment.api;

import java.time.Instant;
import java.util.UUID;

/** An enrolled participant, with the replica's view of the person. */
public record EnrollmentView(
        UUID participantId,
        String nip,
        String fullName,
        String jobLevel,
        String unitCode,
        String groupCode,
        Instant enrolledAt,
        String resultStatus) {}
