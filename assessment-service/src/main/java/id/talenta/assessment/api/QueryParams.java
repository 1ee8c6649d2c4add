package id.talenta.assessment.api;

import id.talenta.chassis.problem.ProblemException;

/** Free-text query parameters are bounded: an over-long value is a 400 on that parameter, never a query. */
public final class QueryParams {

    private QueryParams() {}

    public static String bounded(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.badRequest(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
