package id.talenta.talent.api;

import id.talenta.chassis.problem.ProblemException;
import java.util.UUID;

/** Path ids arrive as strings so that garbage is a precise 404, never a conversion failure. */
final class Ids {
    private Ids() {}

    static UUID parse(String raw, String what) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(what, raw);
        }
    }
}
