package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Everything a framework version must satisfy before it can be stored; every violation is listed. */
public final class FrameworkValidator {

    public record Violation(String field, String message) {}

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Longest framework or competency name, and longest definition or level descriptor. */
    static final int NAME_MAX = 200;

    static final int TEXT_MAX = 2000;

    private FrameworkValidator() {}

    private static void longest(String field, String value, int max, List<Violation> v) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "must be at most " + max + " characters"));
        }
    }

    public static List<Violation> validate(FrameworkDefinition f) {
        List<Violation> v = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) {
            v.add(new Violation("name", "must not be blank"));
        }
        longest("name", f.name(), NAME_MAX, v);
        List<String> codes = competencies(f.competencies(), v);
        standard(f.standard(), codes, v);
        jpmPolicy(f.jpmPolicy(), v);
        potentialPolicy(f.potentialPolicy(), v);
        if (f.validity().validForMonths() < 1 || f.validity().validForMonths() > 120) {
            v.add(new Violation("validity.validForMonths", "must be between 1 and 120 months"));
        }
        return v;
    }

    private static List<String> competencies(List<CompetencyDefinition> competencies, List<Violation> v) {
        List<String> codes = new ArrayList<>();
        if (competencies == null || competencies.isEmpty()) {
            v.add(new Violation("competencies", "must list at least one competency"));
            return codes;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < competencies.size(); i++) {
            CompetencyDefinition c = competencies.get(i);
            String at = "competencies[" + i + "]";
            if (c == null) {
                v.add(new Violation(at, "must not be null"));
                continue;
            }
            if (c.code() == null || !CODE.matcher(c.code()).matches()) {
                v.add(new Violation(at + ".code", "must be an UPPER_SNAKE code"));
            } else if (!seen.add(c.code())) {
                v.add(new Violation(at + ".code", "duplicate competency " + c.code()));
            } else {
                codes.add(c.code());
            }
            if (c.name() == null || c.name().isBlank()) {
                v.add(new Violation(at + ".name", "must not be blank"));
            }
            longest(at + ".name", c.name(), NAME_MAX, v);
            longest(at + ".definition", c.definition(), TEXT_MAX, v);
            if (c.levels() != null) {
                for (int l = 0; l < c.levels().size(); l++) {
                    LevelDescriptor d = c.levels().get(l);
                    longest(at + ".levels[" + l + "].descriptor", d == null ? null : d.descriptor(), TEXT_MAX, v);
                }
            }
            if (c.type() == null) {
                v.add(new Violation(at + ".type", "must be STANDARD or TECHNICAL"));
            }
            Set<Integer> levels = new HashSet<>();
            if (c.levels() != null) {
                for (LevelDescriptor d : c.levels()) {
                    if (d != null
                            && d.level() >= 1
                            && d.level() <= 5
                            && d.descriptor() != null
                            && !d.descriptor().isBlank()) {
                        levels.add(d.level());
                    }
                }
            }
            if (c.levels() == null || levels.size() != 5 || c.levels().size() != 5) {
                v.add(new Violation(at + ".levels", "must describe each level 1 to 5 exactly once"));
            }
        }
        return codes;
    }

    private static void standard(Map<JobLevel, Map<String, Integer>> standard, List<String> codes, List<Violation> v) {
        if (standard == null) {
            v.add(new Violation("standard", "must give a required level for every job level"));
            return;
        }
        for (JobLevel level : JobLevel.values()) {
            Map<String, Integer> required = standard.get(level);
            if (required == null) {
                v.add(new Violation("standard." + level, "missing job level"));
                continue;
            }
            for (String code : codes) {
                Integer r = required.get(code);
                if (r == null || r < 1 || r > 5) {
                    v.add(new Violation("standard." + level + "." + code, "must be a required level from 1 to 5"));
                }
            }
            required.keySet().stream()
                    .filter(code -> !codes.contains(code))
                    .forEach(code -> v.add(new Violation("standard." + level + "." + code, "unknown competency")));
        }
    }

    private static void jpmPolicy(JpmPolicy p, List<Violation> v) {
        if (p == null) {
            v.add(new Violation("jpmPolicy", "must not be null"));
            return;
        }
        if (p.formula() == null) {
            v.add(new Violation("jpmPolicy.formula", "must be COMPENSATORY or NON_COMPENSATORY"));
        }
        if (p.mappingThresholds() == null) {
            v.add(new Violation("jpmPolicy.mappingThresholds", "must not be null"));
        } else {
            ordered(
                    "jpmPolicy.mappingThresholds",
                    p.mappingThresholds().optimal(),
                    p.mappingThresholds().cukupOptimal(),
                    "optimal",
                    "cukupOptimal",
                    v);
        }
        if (p.selectionThresholds() == null) {
            v.add(new Violation("jpmPolicy.selectionThresholds", "must not be null"));
        } else {
            ordered(
                    "jpmPolicy.selectionThresholds",
                    p.selectionThresholds().memenuhiSyarat(),
                    p.selectionThresholds().masihMemenuhiSyarat(),
                    "memenuhiSyarat",
                    "masihMemenuhiSyarat",
                    v);
        }
        bands(p.developmentBands(), v);
    }

    private static void bands(List<DevelopmentBand> bands, List<Violation> v) {
        String at = "jpmPolicy.developmentBands";
        if (bands == null || bands.isEmpty()) {
            v.add(new Violation(at, "must list at least the catch-all band"));
            return;
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            DevelopmentBand b = bands.get(i);
            boolean last = i == bands.size() - 1;
            if (b == null || b.recommendation() == null) {
                v.add(new Violation(at + "[" + i + "].recommendation", "must be a development recommendation"));
                continue;
            }
            if (last && b.minGap() != null) {
                v.add(new Violation(at + "[" + i + "].minGap", "the last band must be the catch-all (minGap null)"));
            } else if (!last && b.minGap() == null) {
                v.add(new Violation(at + "[" + i + "].minGap", "only the last band may be the catch-all"));
            } else if (b.minGap() != null) {
                if (b.minGap().compareTo(previous) >= 0) {
                    v.add(
                            new Violation(
                                    at + "[" + i + "].minGap",
                                    "must be negative and below the previous band's minGap (bands go from small to large gaps)"));
                }
                previous = b.minGap();
            }
        }
    }

    private static void potentialPolicy(PotentialPolicy p, List<Violation> v) {
        if (p == null) {
            v.add(new Violation("potentialPolicy", "must not be null"));
            return;
        }
        if (p.jpmWeight() == null || p.jpmWeight().signum() < 0) {
            v.add(new Violation("potentialPolicy.jpmWeight", "must be 0 or more"));
        }
        if (p.assessmentWeight() == null || p.assessmentWeight().signum() < 0) {
            v.add(new Violation("potentialPolicy.assessmentWeight", "must be 0 or more"));
        }
        if (p.jpmWeight() != null
                && p.assessmentWeight() != null
                && p.jpmWeight().add(p.assessmentWeight()).signum() <= 0) {
            v.add(new Violation("potentialPolicy", "weights must not both be 0"));
        }
        if (p.thresholds() == null) {
            v.add(new Violation("potentialPolicy.thresholds", "must not be null"));
        } else {
            ordered(
                    "potentialPolicy.thresholds",
                    p.thresholds().tinggi(),
                    p.thresholds().menengah(),
                    "tinggi",
                    "menengah",
                    v);
        }
    }

    /** 0 < lower < upper ≤ 100. */
    private static void ordered(
            String at, BigDecimal upper, BigDecimal lower, String upperName, String lowerName, List<Violation> v) {
        if (upper == null || upper.signum() <= 0 || upper.compareTo(HUNDRED) > 0) {
            v.add(new Violation(at + "." + upperName, "must be above 0 and at most 100"));
        }
        if (lower == null || lower.signum() <= 0 || lower.compareTo(HUNDRED) > 0) {
            v.add(new Violation(at + "." + lowerName, "must be above 0 and at most 100"));
        }
        if (upper != null && lower != null && lower.compareTo(upper) >= 0) {
            v.add(new Violation(at + "." + lowerName, "must be below " + upperName));
        }
    }
}
