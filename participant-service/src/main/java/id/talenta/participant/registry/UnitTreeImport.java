package id.talenta.participant.registry;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.participant.domain.Agency;
import id.talenta.participant.domain.ImportRowError;
import id.talenta.participant.domain.SiasnColumns;
import id.talenta.participant.domain.Unit;
import id.talenta.participant.domain.UnitTreePlan;
import id.talenta.participant.imports.CsvRowReader;
import id.talenta.participant.imports.MalformedFileException;
import id.talenta.participant.imports.SourceRow;
import id.talenta.participant.store.UnitStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports SIASN's unit-tree file ({@code Id,NamaUnor,DiatasanId}) into one agency, in one transaction: units are
 * created or get the file's name and parent ({@link UnitTreePlan} decides), every change is audited, and a row
 * that cannot apply is reported without stopping the others. A dry run decides the same and writes nothing.
 */
@ApplicationScoped
public class UnitTreeImport {

    /** The key column of the file. */
    static final Set<String> KEY = Set.of("Id");

    public record Summary(
            String agencyCode,
            boolean dryRun,
            long created,
            long updated,
            long unchanged,
            long rejected,
            List<ImportRowError> errors) {}

    @Inject
    EntityManager em;

    @Inject
    id.talenta.participant.events.UnitEvents unitEvents;

    @Inject
    UnitStore units;

    @Inject
    AuditTrail audit;

    @Transactional
    public Summary importTree(String agencyCode, Reader file, boolean dryRun) {
        if (agencyCode == null || em.find(Agency.class, agencyCode) == null) {
            throw ProblemException.unprocessable("agencyCode", "agency " + agencyCode + " does not exist");
        }
        List<UnitTreePlan.Row> rows = new ArrayList<>();
        List<ImportRowError> errors = new ArrayList<>();
        try (CsvRowReader reader = new CsvRowReader(file, KEY)) {
            SourceRow r;
            while ((r = reader.next()) != null) {
                if (r.problem() != null) {
                    errors.add(new ImportRowError(r.row(), null, r.problemField(), r.problem()));
                    continue;
                }
                rows.add(new UnitTreePlan.Row(
                        r.row(),
                        SiasnColumns.value(r.fields().get("Id")),
                        SiasnColumns.value(column(r, "NamaUnor")),
                        SiasnColumns.value(column(r, "DiatasanId"))));
            }
        } catch (MalformedFileException e) {
            throw ProblemException.badRequest("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> codes = new HashSet<>();
        rows.forEach(x -> {
            codes.add(x.code());
            codes.add(x.parentCode());
        });
        codes.remove(null);
        Map<String, UnitTreePlan.Existing> existing = new LinkedHashMap<>();
        for (Unit u : units.all(codes)) {
            existing.put(u.code, new UnitTreePlan.Existing(u.code, u.name, u.parentCode, u.agencyCode));
        }
        long created = 0, updated = 0, unchanged = 0;
        List<UnitTreePlan.Decision> decisions = UnitTreePlan.plan(rows, existing, agencyCode);
        for (UnitTreePlan.Decision d : decisions) {
            switch (d.action()) {
                case "CREATE" -> created++;
                case "UPDATE" -> updated++;
                case "UNCHANGED" -> unchanged++;
                default -> errors.add(new ImportRowError(d.row(), null, "Id", d.reason()));
            }
        }
        if (!dryRun) {
            apply(decisions, agencyCode);
        }
        errors.sort(java.util.Comparator.comparingLong(ImportRowError::row));
        return new Summary(agencyCode, dryRun, created, updated, unchanged, errors.size(), errors);
    }

    /** The file's column by its name, matched without regard to case. */
    private static String column(SourceRow r, String name) {
        for (Map.Entry<String, String> e : r.fields().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** New units first without parents (a parent may come later in the file), then every parent and name. */
    private void apply(List<UnitTreePlan.Decision> decisions, String agencyCode) {
        Map<String, Unit> touched = new LinkedHashMap<>();
        for (UnitTreePlan.Decision d : decisions) {
            if (d.action().equals("CREATE")) {
                Unit u = new Unit();
                u.code = d.code();
                u.name = d.name();
                u.agencyCode = agencyCode;
                u.version = 1;
                em.persist(u);
                touched.put(u.code, u);
            }
        }
        em.flush();
        for (UnitTreePlan.Decision d : decisions) {
            if (d.action().equals("CREATE") || d.action().equals("UPDATE")) {
                Unit u = touched.containsKey(d.code()) ? touched.get(d.code()) : em.find(Unit.class, d.code());
                Map<String, Object> before = d.action().equals("UPDATE") ? view(u) : null;
                if (d.action().equals("UPDATE")) {
                    u.version++;
                }
                u.name = d.name();
                u.parentCode = d.parentCode();
                audit.record(
                        d.action().equals("CREATE") ? AuditAction.CREATE : AuditAction.UPDATE,
                        UnitService.AUDIT_TYPE,
                        u.code,
                        before,
                        view(u),
                        null);
            }
        }
        em.flush();
        unitEvents.publishPending();
    }

    private static Map<String, Object> view(Unit u) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", u.code);
        v.put("name", u.name);
        v.put("parentCode", u.parentCode);
        v.put("agencyCode", u.agencyCode);
        return v;
    }
}
