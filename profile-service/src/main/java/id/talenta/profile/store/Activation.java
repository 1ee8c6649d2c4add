package id.talenta.profile.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A framework activation job: recomputes every latest profile against the activated version. */
public record Activation(
        UUID id,
        int frameworkVersion,
        String status,
        long totalProfiles,
        long processedProfiles,
        long changedProfiles,
        long unchangedProfiles,
        long failedProfiles,
        List<Error> errors,
        String requestedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    public record Error(String participantId, String message) {}
}
