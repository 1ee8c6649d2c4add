package id.talenta.participant.store;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.participant.domain.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Participant search, the read model of {@code GET /api/v1/participants}: free text (substring of the name, served
 * by a trigram index; prefix of the NIP, served by a pattern btree) plus exact filters, paged and sorted. A JPQL
 * query over the {@link Participant} entity (the rows are entities, mapped by Hibernate).
 */
@ApplicationScoped
public class ParticipantSearch {

    public static final Map<String, String> SORTABLE = Map.of(
            "fullName",
            "fullName",
            "nip",
            "nip",
            "jobLevel",
            "jobLevel",
            "unitCode",
            "unitCode",
            "retirementDate",
            "retirementDate",
            "createdAt",
            "createdAt");

    public static Set<String> sortable() {
        return SORTABLE.keySet();
    }

    /** {@code withinUnits}: only participants of these units (the caller's access scope); null: every unit. */
    public record Criteria(
            String q,
            String unitCode,
            String jobLevel,
            String employmentType,
            String status,
            String onlyNip,
            Set<String> withinUnits) {}

    @Inject
    EntityManager em;

    public Page<Participant> search(Criteria c, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.q() != null && !c.q().isBlank()) {
            String q = c.q().strip().toLowerCase(Locale.ROOT);
            String like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            if (q.chars().allMatch(Character::isDigit)) {
                where.append(" and (p.nip like :prefix escape '\\' or lower(p.fullName) like :contains escape '\\')");
                params.put("prefix", like + "%");
            } else {
                where.append(" and lower(p.fullName) like :contains escape '\\'");
            }
            params.put("contains", "%" + like + "%");
        }
        filter(where, params, "unitCode", c.unitCode());
        filter(where, params, "jobLevel", c.jobLevel());
        filter(where, params, "employmentType", c.employmentType());
        filter(where, params, "status", c.status());
        filter(where, params, "nip", c.onlyNip());
        if (c.withinUnits() != null) {
            if (c.withinUnits().isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            where.append(" and p.unitCode in :withinUnits");
            params.put("withinUnits", c.withinUnits());
        }
        String order =
                " order by p." + SORTABLE.get(page.sortField()) + (page.ascending() ? " asc" : " desc") + ", p.id asc";
        TypedQuery<Participant> query =
                em.createQuery("select p from Participant p" + where + order, Participant.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Participant p" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Participant> items = query.setFirstResult((int) Math.min(Integer.MAX_VALUE, page.offset()))
                .setMaxResults(page.size())
                .getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null) {
            where.append(" and p.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
