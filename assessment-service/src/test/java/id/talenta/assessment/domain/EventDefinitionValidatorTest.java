package id.talenta.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.talenta.assessment.domain.EventDefinition.Competency;
import id.talenta.assessment.domain.EventDefinition.CompetencyType;
import id.talenta.assessment.domain.EventDefinition.Group;
import id.talenta.assessment.domain.EventDefinitionValidator.MatrixRow;
import id.talenta.assessment.domain.EventDefinitionValidator.Outcome;
import id.talenta.assessment.domain.EventDefinitionValidator.Plan;
import id.talenta.assessment.domain.EventDefinitionValidator.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventDefinitionValidatorTest {

    static final ReferenceData REFERENCE = new ReferenceData(
            List.of("PELAKSANA", "ADMINISTRATOR", "JPT_PRATAMA"),
            ordered("INTEGRITAS", "Integritas", "KERJASAMA", "Kerja Sama", "KOMUNIKASI", "Komunikasi"),
            ordered("CBT", "Tes tertulis", "INTERVIEW", "Wawancara", "LGD", "Diskusi kelompok"),
            ordered("KECERDASAN", "Kecerdasan", "GRIT", "Grit"));
    static final UUID ID = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Group ADMIN = new Group("ADM", "Administrator", List.of("ADMINISTRATOR"), 10);

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Plan plan(
            List<String> methods, List<Competency> technical, List<MatrixRow> matrix, List<Group> groups) {
        return new Plan(START, START.plusDays(2), methods, technical, matrix, groups);
    }

    private static List<Violation> violations(Plan plan) {
        Outcome o = EventDefinitionValidator.validate(ID, "Asesmen", plan, REFERENCE);
        if (!o.valid()) {
            assertNull(o.definition(), "an invalid plan has no definition");
        }
        return o.violations();
    }

    private static Competency technical(String code) {
        return new Competency(code, "Teknis " + code, CompetencyType.TECHNICAL);
    }

    @Test
    void shouldLetEveryMethodMeasureEveryStandardCompetencyWithoutAMatrix() {
        Outcome o = EventDefinitionValidator.validate(
                ID, "Asesmen", plan(List.of("INTERVIEW", "CBT"), null, null, List.of(ADMIN)), REFERENCE);
        assertTrue(o.valid());
        EventDefinition d = o.definition();
        assertEquals(List.of("CBT", "INTERVIEW"), d.methods(), "methods in reference order");
        assertEquals(6, d.matrix().size());
        assertEquals(
                List.of("INTEGRITAS", "KERJASAMA", "KOMUNIKASI"),
                d.competencies().stream().map(Competency::code).toList());
        assertEquals(new MatrixCell("CBT", "INTEGRITAS"), d.matrix().get(0));
        assertEquals(new MatrixCell("INTERVIEW", "INTEGRITAS"), d.matrix().get(1));
        assertEquals(List.of("CBT", "INTERVIEW"), d.methodsOf("KOMUNIKASI"));
    }

    @Test
    void shouldOrderStandardCompetenciesByReferenceThenTechnicalOnesByCode() {
        Outcome o = EventDefinitionValidator.validate(
                ID,
                "Asesmen",
                plan(
                        List.of("INTERVIEW"),
                        List.of(technical("TK_ZONASI"), technical("TK_ANGGARAN")),
                        List.of(new MatrixRow(
                                "INTERVIEW", List.of("TK_ZONASI", "KOMUNIKASI", "TK_ANGGARAN", "INTEGRITAS"))),
                        List.of(ADMIN)),
                REFERENCE);
        assertTrue(o.valid(), () -> o.violations().toString());
        assertEquals(
                List.of("INTEGRITAS", "KOMUNIKASI", "TK_ANGGARAN", "TK_ZONASI"),
                o.definition().competencies().stream().map(Competency::code).toList());
        assertEquals(
                List.of("TK_ANGGARAN", "TK_ZONASI"),
                o.definition().technicalCompetencies().stream()
                        .map(Competency::code)
                        .toList());
        assertEquals(
                CompetencyType.STANDARD, o.definition().competencies().get(0).type());
        assertEquals("Komunikasi", o.definition().competencies().get(1).name(), "standard names from the reference");
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        Plan p = new Plan(START, START.minusDays(1), List.of("CBT"), null, null, List.of(ADMIN));
        assertEquals(List.of(new Violation("endDate", "must not be before startDate")), violations(p));
    }

    @Test
    void shouldNameAnUnknownAndATwiceListedMethod() {
        List<Violation> v = violations(plan(List.of("CBT", "PAPER", "CBT"), null, null, List.of(ADMIN)));
        assertEquals(
                List.of("methods[1]", "methods[2]"),
                v.stream().map(Violation::field).toList());
        assertTrue(v.get(0).message().startsWith("unknown method PAPER; known: CBT, INTERVIEW, LGD"));
        assertEquals("method CBT is listed twice", v.get(1).message());
    }

    @Test
    void shouldRefuseATechnicalCompetencyThatIsStandardOrDeclaredTwice() {
        List<Violation> v = violations(plan(
                List.of("CBT"),
                List.of(technical("INTEGRITAS"), technical("TK_A"), technical("TK_A")),
                List.of(new MatrixRow("CBT", List.of("TK_A"))),
                List.of(ADMIN)));
        assertEquals(
                List.of(
                        new Violation("technicalCompetencies[0].code", "INTEGRITAS is a standard competency"),
                        new Violation("technicalCompetencies[2].code", "TK_A is declared twice")),
                v);
    }

    @Test
    void shouldCheckEveryMatrixRowAgainstTheMethodsAndTheKnownCompetencies() {
        List<Violation> v = violations(plan(
                List.of("CBT", "INTERVIEW", "LGD"),
                null,
                List.of(
                        new MatrixRow("CBT", List.of("INTEGRITAS")),
                        new MatrixRow("CBT", List.of("KERJASAMA")),
                        new MatrixRow("PAPER", List.of("KOMUNIKASI")),
                        new MatrixRow("INTERVIEW", List.of("TK_UNDECLARED"))),
                List.of(ADMIN)));
        assertEquals(
                List.of(
                        new Violation("matrix[1].method", "method CBT has two rows"),
                        new Violation("matrix[2].method", "method PAPER is not one of the event's methods"),
                        new Violation(
                                "matrix[3].competencies[0]",
                                "unknown competency TK_UNDECLARED; use a standard code or "
                                        + "declare it in technicalCompetencies"),
                        new Violation("matrix", "method LGD measures no competency")),
                v);
    }

    @Test
    void shouldRefuseATwiceListedGroupAndAnUnknownJobLevel() {
        List<Violation> v = violations(
                plan(List.of("CBT"), null, null, List.of(ADMIN, new Group("ADM", "Lagi", List.of("ESELON_9"), 5))));
        assertEquals(
                List.of(
                        new Violation("groups[1].code", "group ADM is listed twice"),
                        new Violation("groups[1].jobLevels[0]", "unknown job level ESELON_9")),
                v);
    }

    @Test
    void shouldListEveryViolationAtOnce() {
        Plan p = new Plan(
                START,
                START.minusDays(1),
                List.of("PAPER"),
                List.of(technical("KERJASAMA")),
                null,
                List.of(new Group("G", "G", List.of("X"), 1)));
        assertEquals(4, violations(p).size());
    }

    @Test
    void shouldReadTheSameDefinitionBackWhateverOrderTheRowsComeIn() {
        EventDefinition planned = EventDefinitionValidator.validate(
                        ID,
                        "Asesmen",
                        plan(
                                List.of("LGD", "CBT"),
                                List.of(technical("TK_B"), technical("TK_A")),
                                List.of(
                                        new MatrixRow("LGD", List.of("TK_B", "KERJASAMA")),
                                        new MatrixRow("CBT", List.of("TK_A"))),
                                List.of(new Group("B", "B", List.of("PELAKSANA", "PELAKSANA"), 3), ADMIN)),
                        REFERENCE)
                .definition();
        assertEquals(List.of("PELAKSANA"), planned.group("B").orElseThrow().jobLevels(), "job levels listed once");
        EventDefinition stored = EventDefinitionValidator.normalise(
                ID,
                "Asesmen",
                START,
                List.of("CBT", "LGD"),
                List.of(technical("TK_A"), technical("TK_B")),
                List.of(
                        new MatrixCell("CBT", "TK_A"),
                        new MatrixCell("LGD", "KERJASAMA"),
                        new MatrixCell("LGD", "TK_B")),
                List.of(ADMIN, new Group("B", "B", List.of("PELAKSANA"), 3)),
                REFERENCE);
        assertEquals(planned, stored);
    }
}
