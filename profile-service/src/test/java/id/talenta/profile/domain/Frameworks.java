package id.talenta.profile.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures: the framework exactly as the V2 migration seeds it, and variants of it. */
public final class Frameworks {

    private static FrameworkDefinition seeded;

    private Frameworks() {}

    public static synchronized FrameworkDefinition seededDefinition() {
        if (seeded == null) {
            try {
                String sql = Files.readString(Path.of("src/main/resources/db/migration/V2__framework_v1.sql"));
                int start = sql.indexOf("'ACTIVE', '") + "'ACTIVE', '".length();
                int end = sql.lastIndexOf("'::jsonb");
                seeded = new ObjectMapper()
                        .readValue(sql.substring(start, end).replace("''", "'"), FrameworkDefinition.class);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the seeded framework", e);
            }
        }
        return seeded;
    }

    public static CompetencyFramework seeded() {
        return new CompetencyFramework(1, seededDefinition());
    }

    public static CompetencyFramework withFormula(JpmFormula formula) {
        FrameworkDefinition d = seededDefinition();
        JpmPolicy p = d.jpmPolicy();
        return new CompetencyFramework(
                2,
                new FrameworkDefinition(
                        d.name(),
                        d.competencies(),
                        d.standard(),
                        new JpmPolicy(formula, p.mappingThresholds(), p.selectionThresholds(), p.developmentBands()),
                        d.potentialPolicy()));
    }

    /** The seeded framework plus one technical competency, required at {@code required} for every job level. */
    public static CompetencyFramework withTechnical(String code, int required) {
        FrameworkDefinition d = seededDefinition();
        List<CompetencyDefinition> competencies = new ArrayList<>(d.competencies());
        competencies.add(new CompetencyDefinition(
                code,
                "Technical " + code,
                CompetencyType.TECHNICAL,
                "technical",
                List.of(
                        new LevelDescriptor(1, "a"),
                        new LevelDescriptor(2, "b"),
                        new LevelDescriptor(3, "c"),
                        new LevelDescriptor(4, "d"),
                        new LevelDescriptor(5, "e"))));
        Map<JobLevel, Map<String, Integer>> standard = new EnumMap<>(JobLevel.class);
        d.standard().forEach((level, req) -> {
            Map<String, Integer> copy = new LinkedHashMap<>(req);
            copy.put(code, required);
            standard.put(level, copy);
        });
        return new CompetencyFramework(
                3, new FrameworkDefinition(d.name(), competencies, standard, d.jpmPolicy(), d.potentialPolicy()));
    }

    public static AssessmentInput allAt(String level) {
        return new AssessmentInput(
                seededDefinition().competencies().stream()
                        .map(c -> new AssessmentInput.AchievedLevel(c.code(), new BigDecimal(level)))
                        .toList(),
                null);
    }

    public static List<CompetencyScore> scores(String... requiredAchieved) {
        List<CompetencyScore> scores = new ArrayList<>();
        CompetencyDefinition def = seededDefinition().competencies().get(0);
        for (String pair : requiredAchieved) {
            String[] p = pair.split("/");
            scores.add(CompetencyScore.of(def, Integer.parseInt(p[0]), new BigDecimal(p[1])));
        }
        return scores;
    }
}
