package id.talenta.assessment.domain;

/** How the integration proposal combines the method ratings of one competency. */
public enum Aggregation {
    MEAN,
    MEDIAN
}
