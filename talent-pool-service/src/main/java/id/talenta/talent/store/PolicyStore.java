package id.talenta.talent.store;

import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Versioned policy documents (table policy): the highest version of each kind is in force. */
@ApplicationScoped
public class PolicyStore {

    /** One stored version: its JSON document as text. */
    public record StoredPolicy(int version, String document, String createdBy, OffsetDateTime createdAt) {}

    @Inject
    Sql sql;

    /** The version in force of a kind. */
    public StoredPolicy latest(String kind) {
        return sql.statement("select version, cast(document as text) as document, created_by, created_at from policy "
                        + "where kind = :kind order by version desc limit 1")
                .bind("kind", kind)
                .one(r -> new StoredPolicy(
                        r.integer("version"),
                        r.string("document"),
                        r.string("created_by"),
                        r.instant("created_at") == null
                                ? null
                                : r.instant("created_at").atOffset(ZoneOffset.UTC)))
                .orElseThrow(() -> new IllegalStateException("no " + kind + " policy stored"));
    }

    /** The document of one version, if stored. */
    public Optional<String> document(String kind, int version) {
        return sql.statement(
                        "select cast(document as text) as document from policy where kind = :kind and version = :version")
                .bind("kind", kind)
                .bind("version", version)
                .one(r -> r.string("document"));
    }

    /** The highest version of a kind (0 when none). */
    public int currentVersion(String kind) {
        return sql.statement("select coalesce(max(version), 0) as version from policy where kind = :kind")
                .bind("kind", kind)
                .one(r -> r.integer("version"))
                .orElse(0);
    }

    /** Serialises concurrent publishers of the same kind until the transaction ends. */
    public void lockKind(String kind) {
        sql.statement("select 1 as locked from (select pg_advisory_xact_lock(hashtextextended(:key, 7406183))) l")
                .bind("key", "policy:" + kind)
                .rows();
    }

    public void insert(String kind, int version, Object document, String actor) {
        sql.statement("insert into policy (kind, version, document, created_by) values (:kind, :version, "
                        + "cast(:document as jsonb), :actor)")
                .bind("kind", kind)
                .bind("version", version)
                .bind("document", sql.json(document))
                .bind("actor", actor)
                .execute();
    }
}
