package id.talenta.chassis.http;

import id.talenta.chassis.problem.ProblemException;
import java.util.UUID;

/**
 * Ids in a request path: a value that is not a UUID names no resource, so it is a 404 problem
 * (never a 500, and never JAX-RS's bare conversion error).
 */
public final class PathIds {

    private PathIds() {}

    /** The UUID in {@code raw}, or a 404 problem saying that {@code what} {@code raw} does not exist. */
    public static UUID uuid(String raw, String what) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(what, raw);
        }
    }
}
