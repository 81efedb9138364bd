package org.postlens.app.annotate;

/**
 * How labels relate, which decides how much two different labels disagree in Krippendorff's alpha.
 * Nominal is the default: labels are only the same or different. Ordinal fits a verdict scale whose labels are
 * ranked (true, mostly true, misleading, false); a scale with a label outside the ranking ("unverifiable") is
 * nominal.
 */
public enum MeasurementLevel {
    NOMINAL,
    ORDINAL
}
