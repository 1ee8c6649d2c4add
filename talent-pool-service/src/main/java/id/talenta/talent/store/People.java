package id.talenta.talent.store;

import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import id.talenta.talent.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * "Who is this person" in SQL: the participant replica, else the profile replica, field by field (the rule of
 * {@link Person}). Every query that shows a name, NIP, job level or unit joins {@link #join(String)} and selects
 * {@link #COLUMNS}; {@link #person(Row)} reads them back.
 */
@ApplicationScoped
public class People {

    /** The person's columns (labels nip, full_name, job_level, unit_code, retirement_date, participant_known, active). */
    public static final String COLUMNS =
            "coalesce(pr.nip, pf.nip) as nip, coalesce(pr.full_name, pf.full_name) as full_name, "
                    + "coalesce(pr.job_level, pf.job_level) as job_level, coalesce(pr.unit_code, pf.unit_code) as unit_code, "
                    + "pr.retirement_date as retirement_date, pr.participant_id is not null as participant_known, "
                    + "coalesce(pr.status, 'ACTIVE') = 'ACTIVE' as active";

    /** The sort expression of a person's name. */
    public static final String FULL_NAME = "coalesce(pr.full_name, pf.full_name)";

    @Inject
    Sql sql;

    /** The replicas of the person whose id is in {@code idColumn} (aliases pr and pf). */
    public static String join(String idColumn) {
        return " left join participant_replica pr on pr.participant_id = " + idColumn
                + " left join profile_replica pf on pf.participant_id = " + idColumn + " ";
    }

    /** The person of a row that selected {@link #COLUMNS} and an id column {@code participant_id}. */
    public static Person person(Row r) {
        return new Person(
                r.uuid("participant_id"),
                r.string("nip"),
                r.string("full_name"),
                r.string("job_level"),
                r.string("unit_code"),
                Boolean.TRUE.equals(r.bool("participant_known")),
                Boolean.TRUE.equals(r.bool("active")),
                r.date("retirement_date"));
    }

    /** The person, or empty when this service holds neither replica. */
    public Optional<Person> find(UUID participantId) {
        return sql.statement("select ids.id as participant_id, " + COLUMNS
                        + " from (select cast(:id as uuid) as id) ids" + join("ids.id")
                        + "where pr.participant_id is not null or pf.participant_id is not null")
                .bind("id", participantId)
                .one(People::person);
    }

    /** The participant with this NIP (participant replica only: an import names registered participants). */
    public Optional<UUID> byNip(String nip) {
        return sql.statement("select participant_id from participant_replica where nip = :nip limit 1")
                .bind("nip", nip)
                .one(r -> r.uuid("participant_id"));
    }
}
