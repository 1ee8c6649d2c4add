package id.talenta.assessment.store;

import id.talenta.assessment.api.EnrollmentView;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Enrollments of replica participants into an event's groups. */
@ApplicationScoped
public class EnrollmentStore {

    @Inject
    Sql sql;

    /** A participant as enrollment sees them: the replica's NIP, job level and whether they are active. */
    public record Candidate(UUID id, String nip, String jobLevel, boolean active) {}

    public List<Candidate> byIds(Collection<UUID> ids) {
        return sql.statement("select participant_id, nip, job_level, status from participant_replica "
                        + "where participant_id = any(cast(:ids as uuid[]))")
                .bind("ids", new LinkedHashSet<>(ids))
                .list(EnrollmentStore::candidate);
    }

    /** Active participants first, then the newest revision: the first row of a NIP is the one enrolled. */
    public List<Candidate> byNips(Collection<String> nips) {
        return sql.statement("select participant_id, nip, job_level, status from participant_replica "
                        + "where nip = any(cast(:nips as text[])) order by status, revision desc")
                .bind("nips", new LinkedHashSet<>(nips))
                .list(EnrollmentStore::candidate);
    }

    private static Candidate candidate(id.talenta.chassis.store.Row r) {
        return new Candidate(
                r.uuid("participant_id"), r.string("nip"), r.string("job_level"), "ACTIVE".equals(r.string("status")));
    }

    /** Which of {@code ids} are already enrolled in the event (in any group). */
    public Set<UUID> enrolledAmong(UUID eventId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(sql.statement("select participant_id from enrollment where event_id = :eventId "
                        + "and participant_id = any(cast(:ids as uuid[]))")
                .bind("eventId", eventId)
                .bind("ids", ids)
                .list(r -> r.uuid("participant_id")));
    }

    public int countInGroup(UUID eventId, String groupCode) {
        return (int)
                sql.statement("select count(*) as n from enrollment where event_id = :eventId and group_code = :group")
                        .bind("eventId", eventId)
                        .bind("group", groupCode)
                        .one(r -> r.count("n"))
                        .orElse(0L)
                        .longValue();
    }

    public void insert(UUID eventId, String groupCode, List<UUID> participants) {
        sql.statement("insert into enrollment (event_id, participant_id, group_code) "
                        + "select :eventId, p, :group from unnest(cast(:participants as uuid[])) as p")
                .bind("eventId", eventId)
                .bind("group", groupCode)
                .bind("participants", participants)
                .execute();
    }

    /** One page of the event's enrollments (optionally of one group), by enrollment time, name or NIP. */
    public List<EnrollmentView> page(UUID eventId, String groupCode, PageRequest page) {
        String order = switch (page.sortField()) {
                    case "fullName" -> "p.full_name";
                    case "nip" -> "p.nip";
                    default -> "en.enrolled_at";
                }
                + (page.ascending() ? " asc" : " desc") + ", en.participant_id";
        return sql.statement("select en.participant_id, p.nip, p.full_name, p.job_level, p.unit_code, en.group_code, "
                        + "en.enrolled_at, r.status from enrollment en "
                        + "join participant_replica p on p.participant_id = en.participant_id "
                        + "left join assessment_result r on r.event_id = en.event_id "
                        + "and r.participant_id = en.participant_id "
                        + "where en.event_id = :eventId" + (groupCode == null ? "" : " and en.group_code = :group")
                        + " order by " + order + " limit :limit offset :offset")
                .bind("eventId", eventId)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .bindIf(groupCode != null, "group", groupCode)
                .list(r -> new EnrollmentView(
                        r.uuid("participant_id"),
                        r.string("nip"),
                        r.string("full_name"),
                        r.string("job_level"),
                        r.string("unit_code"),
                        r.string("group_code"),
                        r.instant("enrolled_at"),
                        r.isNull("status") ? "DRAFT" : r.string("status")));
    }

    public long count(UUID eventId, String groupCode) {
        return sql.statement("select count(*) as n from enrollment where event_id = :eventId"
                        + (groupCode == null ? "" : " and group_code = :group"))
                .bind("eventId", eventId)
                .bindIf(groupCode != null, "group", groupCode)
                .one(r -> r.count("n"))
                .orElse(0L);
    }
}
