package id.talenta.chassis.paging;

import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A validated {@code ?page=&size=&sort=field,asc|desc} request (docs/api.md, "Lists"). The sort field must
 * be one the endpoint allows, so it is safe to use as a column name.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            errors.add(new Problem.FieldError("page", "must be 0 or more"));
        }
        if (p > 1_000_000) {
            errors.add(new Problem.FieldError("page", "must be at most 1000000"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        String field = defaultSort;
        boolean asc = true;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].trim();
            if (!sortable.contains(field)) {
                errors.add(new Problem.FieldError(
                        "sort",
                        "can sort by "
                                + String.join(", ", sortable.stream().sorted().toList())));
            }
            if (parts.length > 2
                    || parts.length == 2
                            && !parts[1].trim().equalsIgnoreCase("asc")
                            && !parts[1].trim().equalsIgnoreCase("desc")) {
                errors.add(new Problem.FieldError("sort", "direction must be asc or desc"));
            }
            asc = parts.length < 2 || parts[1].trim().equalsIgnoreCase("asc");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new PageRequest(p, s, field, asc);
    }

    public long offset() {
        return (long) page * size;
    }
}
