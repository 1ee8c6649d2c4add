package id.talenta.assessment.api;

import id.talenta.chassis.problem.ProblemException;
import java.util.UUID;

/** Path ids arrive as strings: garbage is a resource that cannot exist (404), never a 500. */
public final class Ids {

    private Ids() {}

    public static UUID parse(String raw, String what) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(what, raw);
        }
    }
}
