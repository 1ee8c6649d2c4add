package id.talenta.assessment.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A result can be finalized only when every cell of the event's matrix has at least one rating. */
public final class Completeness {

    private Completeness() {}

    /** The unrated cells, grouped by competency (matrix order), each with the methods still missing. */
    public static Map<String, Set<String>> missing(Collection<MatrixCell> matrix, Set<MatrixCell> rated) {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (MatrixCell cell : matrix) {
            if (!rated.contains(cell)) {
                missing.computeIfAbsent(cell.competency(), c -> new TreeSet<>()).add(cell.method());
            }
        }
        return missing;
    }

    public static boolean isComplete(Collection<MatrixCell> matrix, Set<MatrixCell> rated) {
        return missing(matrix, rated).isEmpty();
    }

    /** "KOMUNIKASI (INTERVIEW), INTEGRITAS (GROUP_DISCUSSION, INTERVIEW)". */
    public static String describe(Map<String, Set<String>> missing) {
        List<String> parts = missing.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .toList();
        return String.join(", ", parts);
    }
}
