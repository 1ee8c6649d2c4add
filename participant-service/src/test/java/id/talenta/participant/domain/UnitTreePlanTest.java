package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.participant.domain.UnitTreePlan.Decision;
import id.talenta.participant.domain.UnitTreePlan.Existing;
import id.talenta.participant.domain.UnitTreePlan.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitTreePlanTest {

    static final String AGENCY = "PROBOLINGGO";

    private static List<String> actions(List<Decision> ds) {
        return ds.stream().map(d -> d.code() + ":" + d.action()).toList();
    }

    @Test
    void shouldStripTheIndentationThatShowsDepth() {
        assertEquals("Bidang Mutasi", UnitTreePlan.name("----Bidang Mutasi"));
        assertEquals("Bidang Mutasi", UnitTreePlan.name("-- Bidang Mutasi "));
        assertEquals("Sekretariat", UnitTreePlan.name("Sekretariat"));
    }

    @Test
    void shouldCreateATreeWhoseParentsComeLaterInTheFile() {
        List<Decision> ds = UnitTreePlan.plan(
                List.of(
                        new Row(2, "SUB", "----Subbidang", "BID"),
                        new Row(3, "BID", "--Bidang", "ROOT"),
                        new Row(4, "ROOT", "Pemkab", null)),
                Map.of(),
                AGENCY);
        assertEquals(List.of("SUB:CREATE", "BID:CREATE", "ROOT:CREATE"), actions(ds));
        assertEquals("Subbidang", ds.get(0).name());
        assertEquals("BID", ds.get(0).parentCode());
    }

    @Test
    void shouldTellAChangedUnitFromAnUnchangedOne() {
        Map<String, Existing> existing = Map.of(
                "ROOT", new Existing("ROOT", "Pemkab", null, AGENCY),
                "BID", new Existing("BID", "Bidang Lama", "ROOT", AGENCY));
        List<Decision> ds = UnitTreePlan.plan(
                List.of(new Row(2, "ROOT", "Pemkab", null), new Row(3, "BID", "--Bidang Baru", "ROOT")),
                existing,
                AGENCY);
        assertEquals(List.of("ROOT:UNCHANGED", "BID:UPDATE"), actions(ds));
    }

    @Test
    void shouldRejectWhatCannotApplyAndEverythingBelowIt() {
        Map<String, Existing> existing = Map.of("OTHER", new Existing("OTHER", "Sidoarjo", null, "SIDOARJO"));
        List<Decision> ds = UnitTreePlan.plan(
                List.of(
                        new Row(2, "A", "A", "NOWHERE"),
                        new Row(3, "A1", "--A1", "A"),
                        new Row(4, "OTHER", "Ambil alih", null),
                        new Row(5, "B", "B", "OTHER"),
                        new Row(6, "C", "C", null),
                        new Row(7, "C", "C lagi", null),
                        new Row(8, "X", "X", "Y"),
                        new Row(9, "Y", "Y", "X"),
                        new Row(10, "bad code!", "Z", null),
                        new Row(11, "E", "", null)),
                existing,
                AGENCY);
        assertEquals(
                List.of(
                        "A:REJECT",
                        "A1:REJECT",
                        "OTHER:REJECT",
                        "B:REJECT",
                        "C:CREATE",
                        "C:REJECT",
                        "X:REJECT",
                        "Y:REJECT",
                        "bad code!:REJECT",
                        "E:REJECT"),
                actions(ds));
        assertEquals(
                "its parent NOWHERE is neither in the file nor a unit",
                ds.get(0).reason());
        assertEquals("its parent A is rejected", ds.get(1).reason());
        assertEquals(
                "unit OTHER belongs to agency SIDOARJO; a unit stays in its agency",
                ds.get(2).reason());
        assertEquals("its parent OTHER is rejected", ds.get(3).reason());
        assertEquals("unit C is listed twice (first in row 6)", ds.get(5).reason());
        assertEquals("NamaUnor must be 1-200 characters", ds.get(9).reason());
    }
}
