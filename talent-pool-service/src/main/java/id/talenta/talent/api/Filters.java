package id.talenta.talent.api;

import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.domain.JobLevel;
import java.util.Arrays;

/** Query-parameter validation: enums arrive as strings so a bad value is a precise 400, not a 404. */
final class Filters {
    private Filters() {}

    static String jobLevel(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return JobLevel.parse(raw.trim()).map(Enum::name).orElseThrow(() -> ProblemException.badRequest(field,
                "must be one of " + Arrays.toString(JobLevel.values())));
    }

    static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
