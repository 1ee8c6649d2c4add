package id.talenta.participant.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What importing SIASN's unit-tree file ({@code Id,NamaUnor,DiatasanId}; names indented with {@code --} per
 * depth, docs/siasn.md) into one agency changes: each row creates a unit, changes its name or parent, changes
 * nothing, or is rejected with the reason. Pure: the caller reads the units that exist and writes the plan.
 */
public final class UnitTreePlan {

    /** A row of the file: the unit's id, its name as written, its parent's id (null for a root). */
    public record Row(long row, String code, String name, String parentCode) {}

    /** A unit as it is stored. */
    public record Existing(String code, String name, String parentCode, String agencyCode) {}

    /** One decision: {@code action} CREATE, UPDATE or UNCHANGED with the unit to write, or REJECT with a reason. */
    public record Decision(long row, String code, String action, String name, String parentCode, String reason) {}

    private UnitTreePlan() {}

    /** The name without the {@code --} indentation that shows depth. */
    public static String name(String raw) {
        return raw == null ? null : raw.strip().replaceFirst("^-+\\s*", "").strip();
    }

    public static List<Decision> plan(List<Row> rows, Map<String, Existing> existing, String agencyCode) {
        Map<String, Row> byCode = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        for (Row r : rows) {
            String reason = rowProblem(r, byCode, existing, agencyCode);
            if (reason != null) {
                decisions.add(new Decision(r.row(), r.code(), "REJECT", null, null, reason));
                if (r.code() != null) {
                    rejected.add(r.code());
                }
            } else {
                byCode.put(r.code(), r);
            }
        }
        Map<String, String> parentOf = new HashMap<>();
        existing.values().forEach(e -> parentOf.put(e.code(), e.parentCode()));
        byCode.values().forEach(r -> parentOf.put(r.code(), r.parentCode()));
        // A unit whose parent is rejected is rejected too, down the tree.
        Set<String> accepted = new java.util.LinkedHashSet<>(byCode.keySet());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String code : List.copyOf(accepted)) {
                Row r = byCode.get(code);
                String reason = parentProblem(r, byCode, existing, agencyCode, rejected, parentOf);
                if (reason != null) {
                    decisions.add(new Decision(r.row(), r.code(), "REJECT", null, null, reason));
                    rejected.add(code);
                    accepted.remove(code);
                    changed = true;
                }
            }
        }
        for (String code : accepted) {
            Row r = byCode.get(code);
            String name = name(r.name());
            Existing e = existing.get(r.code());
            String action = e == null
                    ? "CREATE"
                    : name.equals(e.name()) && java.util.Objects.equals(r.parentCode(), e.parentCode())
                            ? "UNCHANGED"
                            : "UPDATE";
            decisions.add(new Decision(r.row(), r.code(), action, name, r.parentCode(), null));
        }
        decisions.sort(java.util.Comparator.comparingLong(Decision::row));
        return decisions;
    }

    private static String rowProblem(Row r, Map<String, Row> seen, Map<String, Existing> existing, String agency) {
        if (!Unit.isCode(r.code())) {
            return "Id must be 1-64 letters, digits, '.', '_' or '-'";
        }
        String name = name(r.name());
        if (name == null || name.isEmpty() || name.length() > 200) {
            return "NamaUnor must be 1-200 characters";
        }
        if (seen.containsKey(r.code())) {
            return "unit " + r.code() + " is listed twice (first in row "
                    + seen.get(r.code()).row() + ")";
        }
        Existing e = existing.get(r.code());
        if (e != null && !agency.equals(e.agencyCode())) {
            return "unit " + r.code() + " belongs to agency " + e.agencyCode() + "; a unit stays in its agency";
        }
        if (r.parentCode() != null && r.parentCode().equals(r.code())) {
            return "unit " + r.code() + " is its own parent";
        }
        return null;
    }

    private static String parentProblem(
            Row r,
            Map<String, Row> inFile,
            Map<String, Existing> existing,
            String agency,
            Set<String> rejected,
            Map<String, String> parentOf) {
        String parent = r.parentCode();
        if (parent == null) {
            return null;
        }
        if (rejected.contains(parent)) {
            return "its parent " + parent + " is rejected";
        }
        Existing p = existing.get(parent);
        if (!inFile.containsKey(parent) && p == null) {
            return "its parent " + parent + " is neither in the file nor a unit";
        }
        if (!inFile.containsKey(parent) && !agency.equals(p.agencyCode())) {
            return "its parent " + parent + " belongs to agency " + p.agencyCode();
        }
        Set<String> path = new HashSet<>();
        for (String at = r.code(); at != null; at = parentOf.get(at)) {
            if (!path.add(at)) {
                return "unit " + r.code() + " would be its own ancestor (a cycle through " + at + ")";
            }
        }
        return null;
    }
}
