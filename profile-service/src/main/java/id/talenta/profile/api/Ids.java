package id.talenta.profile.api;

import id.talenta.chassis.problem.ProblemException;
import java.util.UUID;

/** Path and query parameters taken as strings and parsed here, so garbage is a precise 4xx, never a 500. */
final class Ids {

    private Ids() {}

    static UUID participantId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Profile of participant", value);
        }
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

    static <E extends Enum<E>> String optionalEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return value;
            }
        }
        throw ProblemException.badRequest(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
}
