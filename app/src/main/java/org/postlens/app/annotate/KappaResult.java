package org.postlens.app.annotate;

/**
 * Cohen's kappa of two coders with the figures it comes from.
 *
 * @param kappa              (observed - expected) / (1 - expected); NaN when undefined, see {@code undefinedReason}
 * @param observedAgreement  share of units both coded on which they gave the same label
 * @param expectedAgreement  the agreement expected by chance from each coder's own label shares
 * @param units              units both coders coded (the others are left out)
 * @param undefinedReason    why kappa is NaN; null when it is defined
 */
public record KappaResult(double kappa, double observedAgreement, double expectedAgreement, int units,
                          String undefinedReason) {

    public boolean defined() {
        return undefinedReason == null;
    }
}
