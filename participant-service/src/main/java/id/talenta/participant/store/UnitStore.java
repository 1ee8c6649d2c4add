package id.talenta.participant.store;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.participant.domain.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The unit list: all units or the children of one parent, paged and sorted. */
@ApplicationScoped
public class UnitStore {

    /** Sort fields of the list. */
    public static final Set<String> SORTABLE = Set.of("code", "name");

    @Inject
    EntityManager em;

    @Inject
    id.talenta.chassis.store.Sql sql;

    /** {@code within}: only these units (an access scope); null: every unit. */
    public Page<Unit> list(String parentCode, Set<String> within, PageRequest request) {
        if (within != null && within.isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        String where = " where 1 = 1" + (parentCode == null ? "" : " and u.parentCode = :parent")
                + (within == null ? "" : " and u.code in :within");
        var query = em.createQuery(
                "select u from Unit u" + where + " order by u." + request.sortField()
                        + (request.ascending() ? " asc" : " desc"),
                Unit.class);
        var count = em.createQuery("select count(u) from Unit u" + where, Long.class);
        if (parentCode != null) {
            query.setParameter("parent", parentCode);
            count.setParameter("parent", parentCode);
        }
        if (within != null) {
            query.setParameter("within", within);
            count.setParameter("within", within);
        }
        List<Unit> items = query.setFirstResult((int) request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(items, request, count.getSingleResult());
    }

    /** A unit with a change not yet published: its state, and whether it was ever published. */
    public record Unpublished(
            String code, String name, String parentCode, String agencyCode, long version, boolean neverPublished) {}

    /**
     * Up to {@code limit} units with a change not yet published, locked (another instance's sweep skips them), in
     * code order.
     */
    public List<Unpublished> lockUnpublished(int limit) {
        return sql.statement("select code, name, parent_code, agency_code, version, published_version from unit "
                        + "where published_version < version order by code limit :limit for update skip locked")
                .bind("limit", limit)
                .list(r -> new Unpublished(
                        r.string("code"),
                        r.string("name"),
                        r.string("parent_code"),
                        r.string("agency_code"),
                        r.longValue("version"),
                        r.longValue("published_version") == 0));
    }

    /** Records that these units' current versions are in the outbox. */
    public void markPublished(java.util.Collection<String> codes) {
        sql.statement("update unit set published_version = version where code = any(cast(:codes as text[]))")
                .bind("codes", codes)
                .execute();
    }

    /** The agency whose tree the unit is in. */
    public Optional<String> agencyOf(String unitCode) {
        if (unitCode == null) {
            return Optional.empty();
        }
        return em.createQuery("select u.agencyCode from Unit u where u.code = :code", String.class)
                .setParameter("code", unitCode)
                .getResultStream()
                .findFirst();
    }

    /** The units among {@code codes} that exist. */
    public List<Unit> all(Set<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from Unit u where u.code in :codes", Unit.class)
                .setParameter("codes", codes)
                .getResultList();
    }
}
