package org.postlens.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaAgreementTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    /** Units coded by two annotators with one label each; null where that annotator did not code the unit. */
    private static List<CodedUnit> twoCoders(String[] ana, String[] ben) {
        List<CodedUnit> units = new ArrayList<>();
        for (int i = 0; i < ana.length; i++) {
            Map<String, Set<String>> given = new LinkedHashMap<>();
            if (ana[i] != null) {
                given.put("ana", Set.of(ana[i]));
            }
            if (ben[i] != null) {
                given.put("ben", Set.of(ben[i]));
            }
            units.add(new CodedUnit("post-" + i, given));
        }
        return units;
    }

    @Test
    void singleLabelTwoAnnotatorsOverallAndPerLabel() {
        String[] ana = {"a", "a", "a", "b", "b", "b", "c", "c", "c", "c", "b"};
        String[] ben = {"a", "a", "b", "b", "b", "c", "c", "c", "c", "a", null};
        AgreementReport report = SchemaAgreement.measure(twoCoders(ana, ben), ABC, false, MeasurementLevel.NOMINAL);

        assertThat(report.annotators()).containsExactly("ana", "ben");
        assertThat(report.units()).isEqualTo(11);
        assertThat(report.pairableUnits()).isEqualTo(10);
        assertThat(report.kappa()).isCloseTo(6.0 / 11, within(1e-12));
        assertThat(report.kappaNote()).contains("ana").contains("ben");
        assertThat(report.alphaNote()).contains("nominal");

        // label "a" as yes/no: ana yes on units 0-2, ben yes on units 0, 1, 9; 8 of 10 agree.
        // kappa: p_o = .8, p_e = .3*.3 + .7*.7 = .58 -> .22/.42; alpha: n = 20, n_yes = 6 -> 92/168
        LabelAgreement a = report.perLabel().get(0);
        assertThat(a.label()).isEqualTo("a");
        assertThat(a.kappa().kappa()).isCloseTo(0.22 / 0.42, within(1e-12));
        assertThat(a.alpha().alpha()).isCloseTo(92.0 / 168, within(1e-12));
        assertThat(report.perLabel()).extracting(LabelAgreement::label).containsExactly("a", "b", "c");
    }

    @Test
    void fourAnnotatorsWithMissingLabelsOnAnOrdinalVerdictScale() {
        List<String> scale = List.of("true", "mostly true", "half true", "misleading", "false");
        String[] coders = {"A", "B", "C", "D"};
        List<CodedUnit> units = new ArrayList<>();
        for (int unit = 0; unit < 12; unit++) {
            Map<String, Set<String>> given = new LinkedHashMap<>();
            for (int coder = 0; coder < 4; coder++) {
                String value = KrippendorffAlphaTest.KRIPPENDORFF_2011[coder][unit];
                if (value != null) {
                    given.put(coders[coder], Set.of(scale.get(Integer.parseInt(value) - 1)));
                }
            }
            units.add(new CodedUnit("u" + unit, given));
        }
        AgreementReport ordinal = SchemaAgreement.measure(units, scale, false, MeasurementLevel.ORDINAL);
        AgreementReport nominal = SchemaAgreement.measure(units, scale, false, MeasurementLevel.NOMINAL);

        assertThat(ordinal.alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(nominal.alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(nominal.annotators()).hasSize(4);
        assertThat(nominal.units()).isEqualTo(12);
        assertThat(nominal.pairableUnits()).isEqualTo(11);
        assertThat(nominal.kappa()).isNaN();
        assertThat(nominal.kappaNote()).contains("exactly two").contains("4");
        assertThat(nominal.perLabel()).allSatisfy(label -> assertThat(label.kappa()).isNull());
    }

    @Test
    void multiLabelOverallIsTheMeanOfTheLabelsThatAreDefined() {
        // three annotators; "z" is never given, so its alpha is undefined and left out of the mean
        List<CodedUnit> units = List.of(
                new CodedUnit("1", Map.of("ana", Set.of("x", "y"), "ben", Set.of("x"), "cid", Set.of("x", "y"))),
                new CodedUnit("2", Map.of("ana", Set.of(), "ben", Set.of("y"), "cid", Set.of())),
                new CodedUnit("3", Map.of("ana", Set.of("x"), "ben", Set.of("x"))),
                new CodedUnit("4", Map.of("cid", Set.of("y"))),
                new CodedUnit("5", Map.of("ana", Set.of("y"), "ben", Set.of("y"), "cid", Set.of("y"))));
        AgreementReport report = SchemaAgreement.measure(units, List.of("x", "y", "z"), true, MeasurementLevel.NOMINAL);

        // x as yes/no over the pairable units 1, 2, 3, 5: (y,y,y) (n,n,n) (y,y) (n,n,n): perfect with variation
        assertThat(report.perLabel().get(0).alpha().alpha()).isEqualTo(1.0);
        // y: (y,n,y) (n,y,n) (n,n) (y,y,y): n = 11, n_yes = 6, n_no = 5; disagreeing pairs: unit 1 and 2 each
        // weigh 2 * 2 * 1/2 = 2 ordered yes/no pairs -> alpha = 1 - 10 * 4 / (2 * 6 * 5) = 1/3
        assertThat(report.perLabel().get(1).alpha().alpha()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(report.perLabel().get(2).alpha().defined()).isFalse();
        assertThat(report.alpha()).isCloseTo((1.0 + 1.0 / 3) / 2, within(1e-12));
        assertThat(report.alphaNote()).contains("2 of 3");
        assertThat(report.units()).isEqualTo(5);
        assertThat(report.pairableUnits()).isEqualTo(4);
        assertThat(report.kappa()).isNaN();
    }

    @Test
    void labelsTheSchemaDoesNotListAreStillMeasured() {
        String[] ana = {"a", "d", "b"};
        String[] ben = {"a", "d", "a"};
        AgreementReport report = SchemaAgreement.measure(twoCoders(ana, ben), ABC, false, MeasurementLevel.NOMINAL);
        assertThat(report.perLabel()).extracting(LabelAgreement::label).containsExactly("a", "b", "c", "d");
        assertThat(report.perLabel().get(2).alpha().defined()).isFalse();
    }

    @Test
    void everyoneAgreeingOnOneLabelLeavesTheOverallFiguresUndefinedWithReasons() {
        String[] ana = {"a", "a"};
        String[] ben = {"a", "a"};
        AgreementReport report = SchemaAgreement.measure(twoCoders(ana, ben), ABC, false, MeasurementLevel.NOMINAL);
        assertThat(report.alpha()).isNaN();
        assertThat(report.alphaNote()).contains("same");
        assertThat(report.kappa()).isNaN();
        assertThat(report.kappaNote()).contains("same label");
    }

    @Test
    void aSingleLabelSchemaRefusesTwoLabelsFromOneAnnotator() {
        List<CodedUnit> units = List.of(new CodedUnit("1", Map.of("ana", Set.of("a", "b"), "ben", Set.of("a"))));
        assertThatThrownBy(() -> SchemaAgreement.measure(units, ABC, false, MeasurementLevel.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ana");
    }

    @Test
    void labelsOffTheOrdinalScaleAreLeftOutOfTheOverallAlphaAndCounted() {
        List<String> verdicts = List.of("true", "misleading", "false", "unverifiable");
        List<String> scale = List.of("true", "misleading", "false");
        String[] ana = {"true", "unverifiable", "false", "misleading", "true"};
        String[] ben = {"true", "false", "false", "false", "unverifiable"};
        AgreementReport report = SchemaAgreement.measure(twoCoders(ana, ben), verdicts, false, MeasurementLevel.ORDINAL, scale);

        // what is left: (true, true), (false), (false, false), (misleading, false), (true): three pairable units
        List<List<String>> onTheScale = List.of(List.of("true", "true"), List.of("false", "false"), List.of("misleading", "false"));
        assertThat(report.alpha()).isEqualTo(KrippendorffAlpha.ordinal(onTheScale, scale).alpha());
        assertThat(report.alphaNote()).contains("true < misleading < false").contains("2 labels off that scale");
        assertThat(report.perLabel()).extracting(LabelAgreement::label).contains("unverifiable");
    }
}
