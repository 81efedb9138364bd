package org.postlens.app.annotate;

/**
 * Krippendorff's alpha with the figures it comes from.
 *
 * @param alpha                  1 - observed / expected disagreement; NaN when undefined, see {@code undefinedReason}
 * @param observedDisagreement   D_o, from the coincidence matrix
 * @param expectedDisagreement   D_e, what the pooled values would give by chance
 * @param pairableUnits          units with at least two values (the only ones alpha uses)
 * @param pairableValues         the values in those units (n of the coincidence matrix)
 * @param undefinedReason        why alpha is NaN; null when it is defined
 */
public record AlphaResult(double alpha, double observedDisagreement, double expectedDisagreement, int pairableUnits,
                          int pairableValues, String undefinedReason) {

    public boolean defined() {
        return undefinedReason == null;
    }
}
