package id.talenta.assessment.api;

import java.util.List;
import java.util.UUID;

/**
 * Progress of an event per group: {@code rated} = participants with at least one rating, {@code fullyRated} =
 * every matrix cell rated, {@code finalized} = result finalized.
 */
public record ProgressResponse(
        UUID eventId, String status, int matrixCells, Counts totals, List<GroupProgress> groups) {

    public record Counts(long capacity, long enrolled, long rated, long fullyRated, long finalized) {}

    public record GroupProgress(
            String groupCode, String name, long capacity, long enrolled, long rated, long fullyRated, long finalized) {}
}
