package id.talenta.profile.domain;

import java.util.List;

public record JpmPolicy(
        JpmFormula formula,
        MappingThresholds mappingThresholds,
        SelectionThresholds selectionThresholds,
        List<DevelopmentBand> developmentBands) {}
