package org.postlens.resources;

/**
 * A task in one language: the data set Postlens's shipped model learns from, the metric that data set's
 * literature reports, and published figures to compare with (null when the data set has none).
 */
public record TaskLanguage(String dataset, String metric, ReferenceFigures reference) {
}
