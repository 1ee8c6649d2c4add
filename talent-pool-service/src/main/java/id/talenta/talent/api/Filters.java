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
        return JobLevel.parse(raw.trim())
                .map(Enum::name)
                .orElseThrow(() ->
                        ProblemException.badRequest(field, "must be one of " + Arrays.toString(JobLevel.values())));
    }

    /** Longest unit code accepted in a filter (the same limit as a key position's unit code). */
    static final int MAX_UNIT_CODE = 50;

    static String unitCode(String raw) {
        return text(raw, "unitCode", MAX_UNIT_CODE);
    }

    /** Optional free text from a query parameter, trimmed, at most {@code max} characters (else 400). */
    static String text(String raw, String field, int max) {
        String v = blankToNull(raw);
        if (v != null && v.length() > max) {
            throw ProblemException.badRequest(field, "must be at most " + max + " characters");
        }
        return v;
    }

    /** An optional whole number (page, size, limit); anything else is a 400 naming the parameter. */
    static Integer integer(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, "must be a whole number");
        }
    }

    static boolean bool(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(field, "must be true or false");
        };
    }

    /** The sort parameter, bounded before the paging rules check the field name. */
    static String sort(String raw) {
        if (raw != null && raw.length() > 100) {
            throw ProblemException.badRequest("sort", "must be at most 100 characters");
        }
        return raw;
    }

    static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
