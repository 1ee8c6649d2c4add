package id.talenta.assessment.store;

import id.talenta.assessment.domain.Assessor;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Sql;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Assessors: search, and the link from a token subject (certificate number) to an assessor. */
@ApplicationScoped
public class AssessorStore {

    @Inject
    Sql sql;

    public record AssessorPage(List<Assessor> assessors, long total) {}

    public boolean certificateTaken(String certificateNumber) {
        return Assessor.count("certificateNumber", certificateNumber) > 0;
    }

    /** The assessor whose certificate number is {@code certificateNumber}. */
    public Optional<UUID> byCertificate(String certificateNumber) {
        return sql.statement("select id from assessor where certificate_number = :certificate")
                .bind("certificate", certificateNumber)
                .one(r -> r.uuid("id"));
    }

    /** One page of assessors, optionally those whose name contains {@code q} (matched literally, any case). */
    public AssessorPage page(String q, PageRequest page) {
        Sort sort = Sort.by(page.sortField(), page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var query = q == null || q.isBlank()
                ? Assessor.<Assessor>findAll(sort)
                : Assessor.<Assessor>find(
                        "lower(name) like ?1 escape '!'",
                        sort,
                        "%" + likeLiteral(q.trim().toLowerCase()) + "%");
        query.page(page.page(), page.size());
        return new AssessorPage(query.list(), query.count());
    }

    /** The search text matched literally: LIKE wildcards in it are escaped. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
