package id.talenta.participant.store;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Sql;
import id.talenta.participant.domain.ImportJob;
import id.talenta.participant.domain.ImportRowChange;
import id.talenta.participant.domain.ImportRowError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Import jobs and their row errors. */
@ApplicationScoped
public class ImportJobStore {

    @Inject
    EntityManager em;

    @Inject
    Sql sql;

    /** Jobs not yet finished (QUEUED or RUNNING). */
    public List<ImportJob> unfinished() {
        return em.createQuery("from ImportJob where status in ('QUEUED', 'RUNNING')", ImportJob.class)
                .getResultList();
    }

    /** One page of a job's row errors, by row. */
    public Page<ImportRowError> errors(UUID jobId, PageRequest page) {
        List<ImportRowError> items = sql.statement("select row_no, nip, field, message from import_error "
                        + "where job_id = :job order by row_no, id limit :limit offset :offset")
                .bind("job", jobId)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .list(r ->
                        new ImportRowError(r.count("row_no"), r.string("nip"), r.string("field"), r.string("message")));
        long total = sql.statement("select count(*) as total from import_error where job_id = :job")
                .bind("job", jobId)
                .one(r -> r.count("total"))
                .orElse(0L);
        return Page.of(items, page, total);
    }

    /** One page of what a dry run would change, by row. */
    public Page<ImportRowChange> changes(UUID jobId, PageRequest page) {
        List<ImportRowChange> items = sql.statement("select row_no, nip, action, changed_fields from import_change "
                        + "where job_id = :job order by row_no limit :limit offset :offset")
                .bind("job", jobId)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .list(r -> new ImportRowChange(
                        r.count("row_no"), r.string("nip"), r.string("action"), r.strings("changed_fields")));
        long total = sql.statement("select count(*) as total from import_change where job_id = :job")
                .bind("job", jobId)
                .one(r -> r.count("total"))
                .orElse(0L);
        return Page.of(items, page, total);
    }
}
