package org.postlens.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    /** Two coders' yes/no labels from the four cells of a 2x2 table (both yes, A yes B no, A no B yes, both no). */
    private static List<List<String>> table(int yesYes, int yesNo, int noYes, int noNo) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, yesYes, "yes", "yes");
        add(a, b, yesNo, "yes", "no");
        add(a, b, noYes, "no", "yes");
        add(a, b, noNo, "no", "no");
        return List.of(a, b);
    }

    private static void add(List<String> a, List<String> b, int count, String first, String second) {
        for (int i = 0; i < count; i++) {
            a.add(first);
            b.add(second);
        }
    }

    @Test
    void theFiftyProposalsExampleGivesPointFour() {
        // Wikipedia, "Cohen's kappa", simple example: 50 grant proposals, p_o = 0.7, p_e = 0.5, kappa = 0.4
        List<List<String>> coders = table(20, 5, 10, 15);
        KappaResult result = CohenKappa.of(coders.get(0), coders.get(1));
        assertThat(result.observedAgreement()).isCloseTo(0.7, within(1e-12));
        assertThat(result.expectedAgreement()).isCloseTo(0.5, within(1e-12));
        assertThat(result.kappa()).isCloseTo(0.4, within(1e-12));
        assertThat(result.units()).isEqualTo(50);
        assertThat(result.defined()).isTrue();
    }

    @Test
    void sameAgreementDifferentMarginalsGivesDifferentKappas() {
        // Wikipedia's pair of tables with p_o = 0.6 each: kappa 0.1304 and 0.2593 (0.06/0.46 and 0.14/0.54)
        List<List<String>> first = table(45, 15, 25, 15);
        List<List<String>> second = table(25, 35, 5, 35);
        assertThat(CohenKappa.of(first.get(0), first.get(1)).kappa()).isCloseTo(0.06 / 0.46, within(1e-12));
        assertThat(CohenKappa.of(second.get(0), second.get(1)).kappa()).isCloseTo(0.14 / 0.54, within(1e-12));
    }

    @Test
    void threeLabelsWorkedByHand() {
        // 7 of 10 agree; both coders used a 3 times, b 3 times, c 4 times: p_e = .09 + .09 + .16 = .34,
        // kappa = (.7 - .34) / (1 - .34) = 6/11
        List<String> a = Arrays.asList("a", "a", "a", "b", "b", "b", "c", "c", "c", "c");
        List<String> b = Arrays.asList("a", "a", "b", "b", "b", "c", "c", "c", "c", "a");
        KappaResult result = CohenKappa.of(a, b);
        assertThat(result.expectedAgreement()).isCloseTo(0.34, within(1e-12));
        assertThat(result.kappa()).isCloseTo(6.0 / 11, within(1e-12));
    }

    @Test
    void unitsOnlyOneCoderCodedAreLeftOut() {
        List<String> a = Arrays.asList("a", "a", "a", "b", "b", "b", "c", "c", "c", "c", null, "a");
        List<String> b = Arrays.asList("a", "a", "b", "b", "b", "c", "c", "c", "c", "a", "b", null);
        KappaResult result = CohenKappa.of(a, b);
        assertThat(result.units()).isEqualTo(10);
        assertThat(result.kappa()).isCloseTo(6.0 / 11, within(1e-12));
    }

    @Test
    void perfectAgreementOnOneLabelIsUndefinedWithTheReason() {
        KappaResult result = CohenKappa.of(List.of("true", "true", "true"), List.of("true", "true", "true"));
        assertThat(result.kappa()).isNaN();
        assertThat(result.observedAgreement()).isEqualTo(1.0);
        assertThat(result.expectedAgreement()).isEqualTo(1.0);
        assertThat(result.defined()).isFalse();
        assertThat(result.undefinedReason()).contains("same label").contains("true");
    }

    @Test
    void perfectAgreementWithVariationIsOne() {
        assertThat(CohenKappa.of(List.of("x", "y", "x"), List.of("x", "y", "x")).kappa()).isEqualTo(1.0);
    }

    @Test
    void coderseachStuckOnADifferentLabelAgreeNoMoreThanChance() {
        KappaResult result = CohenKappa.of(List.of("x", "x"), List.of("y", "y"));
        assertThat(result.kappa()).isEqualTo(0.0);
        assertThat(result.defined()).isTrue();
    }

    @Test
    void noSharedUnitIsUndefined() {
        KappaResult result = CohenKappa.of(Arrays.asList("x", null), Arrays.asList(null, "y"));
        assertThat(result.kappa()).isNaN();
        assertThat(result.units()).isZero();
        assertThat(result.undefinedReason()).contains("both");
    }

    @Test
    void listsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> CohenKappa.of(List.of("x"), List.of("x", "y")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
