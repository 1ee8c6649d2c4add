package id.talenta.chassis.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Whom a staff caller may see and change (docs/domain.md, "Who may see whom"): the whole country ({@code national}),
 * or one or more agencies ({@code agency:CODE}) and unit subtrees ({@code unit:CODE}). It comes from the token's
 * {@value #CLAIM} claim: a JSON array of such entries, or one string of them separated by spaces or commas (for an
 * identity provider that maps a single-valued attribute).
 */
public record AccessScope(boolean national, Set<String> agencies, Set<String> units) {

    /** The token claim that carries the scope. */
    public static final String CLAIM = "accessScope";

    public static final AccessScope NATIONAL = new AccessScope(true, Set.of(), Set.of());

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public AccessScope {
        agencies = Collections.unmodifiableSortedSet(new TreeSet<>(agencies));
        units = Collections.unmodifiableSortedSet(new TreeSet<>(units));
    }

    /** A claim read: the scope, or why the claim is not one (null claim: {@link Reading#missing()}). */
    public record Reading(AccessScope scope, String problem) {
        public boolean missing() {
            return scope == null && problem == null;
        }

        public boolean valid() {
            return scope != null;
        }
    }

    /** Reads the claim's value: null, a string, or a collection of strings (JSON strings keep their quotes). */
    public static Reading read(Object claim) {
        List<String> entries = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> entries.addAll(split(String.valueOf(v))));
        } else if (claim != null) {
            entries.addAll(split(claim.toString()));
        }
        if (entries.isEmpty()) {
            return new Reading(null, null);
        }
        boolean national = false;
        Set<String> agencies = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            String kind = colon < 0 ? entry : entry.substring(0, colon);
            String code = colon < 0 ? null : entry.substring(colon + 1);
            if (entry.equals("national")) {
                national = true;
            } else if (kind.equals("agency")
                    && code != null
                    && CODE.matcher(code).matches()) {
                agencies.add(code);
            } else if (kind.equals("unit") && code != null && CODE.matcher(code).matches()) {
                units.add(code);
            } else {
                wrong.add(entry);
            }
        }
        if (!wrong.isEmpty()) {
            return new Reading(
                    null,
                    "the " + CLAIM + " claim has entries that are not national, agency:CODE or " + "unit:CODE: "
                            + String.join(", ", wrong));
        }
        return new Reading(national ? NATIONAL : new AccessScope(false, agencies, units), null);
    }

    private static List<String> split(String raw) {
        List<String> parts = new ArrayList<>();
        for (String p :
                raw.replace("\"", "").replace("[", " ").replace("]", " ").split("[\\s,]+")) {
            if (!p.isBlank()) {
                parts.add(p.trim());
            }
        }
        return parts;
    }

    /** True when the scope includes everything in agency {@code agencyCode} (national, or that agency). */
    public boolean coversAgency(String agencyCode) {
        return national || agencies.contains(agencyCode);
    }

    /** True when everything {@code other} may see, this scope may see too (judged on agencies and units named). */
    public boolean covers(AccessScope other) {
        if (national) {
            return true;
        }
        return !other.national && agencies.containsAll(other.agencies) && units.containsAll(other.units);
    }

    /** The scope as it is written in a claim, e.g. {@code agency:PROBOLINGGO unit:DINKES}. */
    public String describe() {
        if (national) {
            return "national";
        }
        List<String> parts = new ArrayList<>();
        agencies.forEach(a -> parts.add("agency:" + a));
        units.forEach(u -> parts.add("unit:" + u));
        return String.join(" ", parts);
    }
}
