package id.talenta.profile.domain;

import java.math.BigDecimal;

public record DevelopmentNeed(String competency, BigDecimal gap, DevelopmentRecommendation recommendation) {}
