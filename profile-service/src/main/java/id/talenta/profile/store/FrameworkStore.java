package id.talenta.profile.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import id.talenta.profile.domain.FrameworkDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The competency framework versions (immutable documents) and the locks around creating and activating them. */
@ApplicationScoped
public class FrameworkStore {

    private static final String COLUMNS =
            "version, status, cast(document as text) as document, created_at, created_by, " + "activated_at";
    /** Transaction-level advisory lock: SHARED by profile writers, EXCLUSIVE by an activation (V3__framework_lock.sql). */
    static final long FRAMEWORK_LOCK = 7406184L;
    /** Transaction-level advisory lock serialising the numbering of new versions. */
    static final long NUMBERING_LOCK = 7406183L;

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    public Optional<FrameworkRecord> find(int version) {
        return sql.statement("select " + COLUMNS + " from competency_framework where version = :version")
                .bind("version", version)
                .one(this::row);
    }

    public Optional<FrameworkRecord> active() {
        return sql.statement("select " + COLUMNS + " from competency_framework where status = 'ACTIVE'")
                .one(this::row);
    }

    /**
     * The active version for a transaction that stores profiles: takes the framework lock SHARED (held until the
     * transaction ends) and then reads the version, in one round trip. An activation waits for such transactions
     * and they wait for an activation, so no profile is stored with a version retired behind its back.
     */
    public Optional<Integer> activeVersionLocked() {
        return sql.statement("select profile_framework_version_locked() as version").rows().stream()
                .map(r -> r.integer("version"))
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Takes the framework lock EXCLUSIVE until the transaction ends (activations; waits for in-flight writers). */
    public void lockExclusively() {
        lock(FRAMEWORK_LOCK);
    }

    public Optional<Integer> activeVersion() {
        return sql.statement("select version from competency_framework where status = 'ACTIVE'")
                .one(r -> r.integer("version"));
    }

    public List<FrameworkRecord> page(PageRequest page) {
        return sql.statement("select " + COLUMNS + " from competency_framework order by version "
                        + (page.ascending() ? "asc" : "desc") + " limit :limit offset :offset")
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .list(this::row);
    }

    public long count() {
        return sql.statement("select count(*) as total from competency_framework")
                .one(r -> r.count("total"))
                .orElse(0L);
    }

    /** Stores a new DRAFT version numbered after the highest one (serialised by a transaction-level lock). */
    public int insertDraft(FrameworkDefinition definition, String createdBy) {
        lock(NUMBERING_LOCK);
        return sql.statement("insert into competency_framework (version, status, document, created_by) "
                        + "select coalesce(max(version), 0) + 1, 'DRAFT', cast(:document as jsonb), :createdBy "
                        + "from competency_framework returning version")
                .bind("document", write(definition))
                .bind("createdBy", createdBy)
                .one(r -> r.integer("version"))
                .orElseThrow();
    }

    /** Retires the active version and activates {@code version}. */
    public void activate(int version) {
        sql.statement("update competency_framework set status = 'RETIRED' where status = 'ACTIVE'")
                .execute();
        sql.statement(
                        "update competency_framework set status = 'ACTIVE', activated_at = now() where version = :version")
                .bind("version", version)
                .execute();
    }

    private void lock(long key) {
        sql.statement("select 1 as locked from (select pg_advisory_xact_lock(:key)) l")
                .bind("key", key)
                .rows();
    }

    private FrameworkRecord row(Row r) {
        FrameworkDefinition definition;
        try {
            definition = mapper.readValue(r.string("document"), FrameworkDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored FrameworkDefinition", e);
        }
        return new FrameworkRecord(
                r.integer("version"),
                r.string("status"),
                definition,
                r.instant("created_at"),
                r.string("created_by"),
                r.instant("activated_at"));
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
