package org.postlens.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers (rows) by 12 units
     * (columns) with missing values; published alpha nominal 0.743, ordinal 0.815.
     */
    static final String[][] KRIPPENDORFF_2011 = {
            {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null},
            {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"},
            {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null},
            {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null},
    };

    /** Wikipedia, "Krippendorff's alpha", computational example: 3 coders by 15 units, nominal alpha 0.691. */
    static final String[][] WIKIPEDIA = {
            {null, null, null, null, null, "3", "4", "1", "2", "1", "1", "3", "3", null, "3"},
            {"1", null, "2", "1", "3", "3", "4", "3", null, null, null, null, null, null, null},
            {null, null, "2", "1", "3", "4", "4", null, "2", "1", "1", "3", "3", null, "4"},
    };

    /** The values each unit (column) got, missing ones left out. */
    static List<List<String>> units(String[][] coderRows) {
        List<List<String>> units = new ArrayList<>();
        for (int unit = 0; unit < coderRows[0].length; unit++) {
            List<String> values = new ArrayList<>();
            for (String[] coder : coderRows) {
                if (coder[unit] != null) {
                    values.add(coder[unit]);
                }
            }
            units.add(values);
        }
        return units;
    }

    @Test
    void krippendorffsWorkedExampleNominal() {
        AlphaResult result = KrippendorffAlpha.nominal(units(KRIPPENDORFF_2011));
        assertThat(result.alpha()).isCloseTo(0.743, within(0.0005));
        // unit 12 has one value and is left out; the other 11 units hold 40 pairable values
        assertThat(result.pairableUnits()).isEqualTo(11);
        assertThat(result.pairableValues()).isEqualTo(40);
        assertThat(result.defined()).isTrue();
    }

    @Test
    void krippendorffsWorkedExampleOrdinal() {
        AlphaResult result = KrippendorffAlpha.ordinal(units(KRIPPENDORFF_2011), List.of("1", "2", "3", "4", "5"));
        assertThat(result.alpha()).isCloseTo(0.815, within(0.0005));
    }

    @Test
    void ordinalFollowsTheRankingNotTheSpelling() {
        String[][] verdicts = new String[4][12];
        List<String> scale = List.of("true", "mostly true", "half true", "misleading", "false");
        for (int coder = 0; coder < 4; coder++) {
            for (int unit = 0; unit < 12; unit++) {
                String value = KRIPPENDORFF_2011[coder][unit];
                verdicts[coder][unit] = value == null ? null : scale.get(Integer.parseInt(value) - 1);
            }
        }
        assertThat(KrippendorffAlpha.ordinal(units(verdicts), scale).alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.nominal(units(verdicts)).alpha()).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void wikipediasExampleWithManyMissingValues() {
        AlphaResult result = KrippendorffAlpha.nominal(units(WIKIPEDIA));
        assertThat(result.alpha()).isCloseTo(0.691358, within(1e-6));
        assertThat(result.pairableUnits()).isEqualTo(12);
    }

    @Test
    void textLabelsThreeCoders() {
        // three coders, four units, one missing value; 0.722222 as computed by the Python package krippendorff
        List<List<String>> units = List.of(
                List.of("pos", "pos", "pos"), List.of("neg", "neg", "neg"), List.of("neu", "neu", "pos"), List.of("pos", "pos"));
        assertThat(KrippendorffAlpha.nominal(units).alpha()).isCloseTo(0.722222, within(1e-6));
    }

    @Test
    void twoCodersBinaryWorkedByHand() {
        // 10 units: 2 yes/yes, 6 no/no, 2 split; n = 20, n_yes = 6, n_no = 14:
        // alpha = 1 - (n - 1) * 4 / (2 * 6 * 14) = 92/168
        List<List<String>> units = new ArrayList<>();
        units.addAll(Collections.nCopies(2, List.of("yes", "yes")));
        units.addAll(Collections.nCopies(6, List.of("no", "no")));
        units.add(List.of("yes", "no"));
        units.add(List.of("no", "yes"));
        AlphaResult result = KrippendorffAlpha.nominal(units);
        assertThat(result.alpha()).isCloseTo(92.0 / 168, within(1e-12));
        assertThat(result.observedDisagreement()).isCloseTo(0.2, within(1e-12));
        assertThat(result.expectedDisagreement()).isCloseTo(168.0 / 380, within(1e-12));
    }

    @Test
    void whoGaveWhichValueDoesNotMatter() {
        List<List<String>> units = units(KRIPPENDORFF_2011);
        List<List<String>> shuffled = new ArrayList<>();
        for (List<String> unit : units) {
            List<String> reversed = new ArrayList<>(unit);
            Collections.reverse(reversed);
            shuffled.add(reversed);
        }
        Collections.reverse(shuffled);
        assertThat(KrippendorffAlpha.nominal(shuffled).alpha()).isEqualTo(KrippendorffAlpha.nominal(units).alpha());
    }

    @Test
    void perfectAgreementWithVariationIsOne() {
        assertThat(KrippendorffAlpha.nominal(List.of(List.of("a", "a", "a"), List.of("b", "b"))).alpha()).isEqualTo(1.0);
    }

    @Test
    void oneValueEverywhereIsUndefined() {
        AlphaResult result = KrippendorffAlpha.nominal(List.of(List.of("a", "a"), List.of("a", "a", "a"), List.of("b")));
        assertThat(result.alpha()).isNaN();
        assertThat(result.defined()).isFalse();
        assertThat(result.undefinedReason()).contains("same");
    }

    @Test
    void noPairableUnitIsUndefined() {
        AlphaResult result = KrippendorffAlpha.nominal(List.of(List.of("a"), List.of("b"), List.of()));
        assertThat(result.alpha()).isNaN();
        assertThat(result.pairableUnits()).isZero();
        assertThat(result.undefinedReason()).contains("two coders");
    }

    @Test
    void nullValuesCountAsMissing() {
        List<List<String>> units = List.of(Arrays.asList("a", null), Arrays.asList("a", "b"), Arrays.asList("b", "b"));
        assertThat(KrippendorffAlpha.nominal(units).pairableUnits()).isEqualTo(2);
    }

    @Test
    void ordinalRefusesAValueOffTheScale() {
        assertThatThrownBy(() -> KrippendorffAlpha.ordinal(List.of(List.of("true", "unverifiable")), List.of("true", "false")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unverifiable");
    }
}
