package id.talenta.profile.api;

import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.problem.ProblemException;
import java.util.UUID;

/** Path and query parameters taken as strings and parsed here, so garbage is a precise 4xx, never a 500. */
final class Ids {

    /** Longest unit code accepted in a filter (unit codes are short identifiers). */
    static final int UNIT_CODE_MAX = 64;

    private Ids() {}

    static UUID participantId(String value) {
        return PathIds.uuid(value, "Profile of participant");
    }

    static int version(String value) {
        try {
            int v = Integer.parseInt(value);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw ProblemException.notFound("Competency framework version", value);
    }

    /** An optional whole number (page, size); anything else is a 400 naming the parameter. */
    static Integer optionalInt(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, "must be a whole number");
        }
    }

    /** An optional free-text filter or reason, trimmed; longer than {@code max} is a 400 naming the parameter. */
    static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.badRequest(field, "must be at most " + max + " characters");
        }
        return value.trim();
    }

    static <E extends Enum<E>> String optionalEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 64) {
            throw ProblemException.badRequest(
                    field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return value;
            }
        }
        throw ProblemException.badRequest(
                field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
}
