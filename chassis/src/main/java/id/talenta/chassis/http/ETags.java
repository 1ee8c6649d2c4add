package id.talenta.chassis.http;

import id.talenta.chassis.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency over HTTP: the ETag is the entity's version; a stale If-Match is a 412. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Does nothing when If-Match is absent or "*"; otherwise the version must match. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            if (tag.equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch.trim() + " does not match the current version "
                + currentVersion + "; reload and retry");
    }
}
