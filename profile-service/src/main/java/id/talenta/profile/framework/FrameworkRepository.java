package id.talenta.profile.framework;

import id.talenta.chassis.paging.PageRequest;
import id.talenta.profile.domain.FrameworkDefinition;
import id.talenta.profile.profile.ProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FrameworkRepository {

    private static final String COLUMNS = "version, status, document::text, created_at, created_by, activated_at";
    /** Transaction-level advisory lock: SHARED by profile writers, EXCLUSIVE by an activation (V3__framework_lock.sql). */
    static final long FRAMEWORK_LOCK = 7406184L;

    @Inject ProfileRepository sql;

    public Optional<FrameworkRecord> find(int version) {
        return sql.query("select " + COLUMNS + " from competency_framework where version = ?",
                ps -> ps.setInt(1, version), this::row).stream().findFirst();
    }

    public Optional<FrameworkRecord> active() {
        return sql.query("select " + COLUMNS + " from competency_framework where status = 'ACTIVE'", ps -> { },
                this::row).stream().findFirst();
    }

    /**
     * The active version for a transaction that stores profiles: takes the framework lock SHARED (held until the
     * transaction ends) and then reads the version, in one round trip. An activation waits for such transactions
     * and they wait for an activation, so no profile is stored with a version retired behind its back.
     */
    public Optional<Integer> activeVersionLocked() {
        return sql.query("select profile_framework_version_locked()", ps -> { }, rs -> (Integer) rs.getObject(1))
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Takes the framework lock EXCLUSIVE until the transaction ends (activations; waits for in-flight writers). */
    public void lockExclusively() {
        sql.query("select pg_advisory_xact_lock(" + FRAMEWORK_LOCK + ")", ps -> { }, rs -> 0);
    }

    public Optional<Integer> activeVersion() {
        return sql.query("select version from competency_framework where status = 'ACTIVE'", ps -> { },
                rs -> rs.getInt(1)).stream().findFirst();
    }

    public List<FrameworkRecord> page(PageRequest page) {
        return sql.query("select " + COLUMNS + " from competency_framework order by version "
                + (page.ascending() ? "asc" : "desc") + " limit ? offset ?", ps -> {
                    ps.setInt(1, page.size());
                    ps.setLong(2, page.offset());
                }, this::row);
    }

    public long count() {
        return sql.query("select count(*) from competency_framework", ps -> { }, rs -> rs.getLong(1)).get(0);
    }

    /** Stores a new DRAFT version numbered after the highest one (serialised by a transaction-level lock). */
    public int insertDraft(FrameworkDefinition definition, String createdBy) {
        sql.query("select pg_advisory_xact_lock(7406183)", ps -> { }, rs -> 0);
        return sql.query("insert into competency_framework (version, status, document, created_by) "
                + "select coalesce(max(version), 0) + 1, 'DRAFT', cast(? as jsonb), ? from competency_framework "
                + "returning version", ps -> {
                    ps.setString(1, sql.write(definition));
                    ps.setString(2, createdBy);
                }, rs -> rs.getInt(1)).get(0);
    }

    /** Retires the active version and activates {@code version}. */
    public void activate(int version) {
        sql.update("update competency_framework set status = 'RETIRED' where status = 'ACTIVE'", ps -> { });
        sql.update("update competency_framework set status = 'ACTIVE', activated_at = now() where version = ?",
                ps -> ps.setInt(1, version));
    }

    private FrameworkRecord row(ResultSet rs) throws SQLException {
        OffsetDateTime activated = rs.getObject(6, OffsetDateTime.class);
        return new FrameworkRecord(rs.getInt(1), rs.getString(2), sql.read(rs.getString(3), FrameworkDefinition.class),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                activated == null ? null : activated.toInstant());
    }
}
