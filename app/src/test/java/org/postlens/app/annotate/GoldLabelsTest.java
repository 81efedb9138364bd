package org.postlens.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationAction;
import org.postlens.app.domain.AnnotationOrigin;

class GoldLabelsTest {

    private long nextId = 1;

    @Test
    void agreementOrAdjudicationMakesGoldAndUnresolvedDisagreementIsCountedApart() {
        GoldLabels.Result gold = GoldLabels.of(List.of(
                annotation(1, "ana", AnnotationOrigin.MANUAL, "true"),
                annotation(2, "ana", AnnotationOrigin.MANUAL, "true"),
                annotation(2, "ben", AnnotationOrigin.MANUAL, "true"),
                annotation(3, "ana", AnnotationOrigin.MANUAL, "true"),
                annotation(3, "ben", AnnotationOrigin.MANUAL, "false"),
                annotation(4, "ana", AnnotationOrigin.MANUAL, "true"),
                annotation(4, "ben", AnnotationOrigin.MANUAL, "false"),
                annotation(4, "cho", AnnotationOrigin.ADJUDICATION, "misleading")));

        assertThat(gold.labels()).containsOnlyKeys(1L, 2L, 4L);
        assertThat(gold.labels().get(1L)).containsExactly("true");
        assertThat(gold.labels().get(4L)).containsExactly("misleading");
        assertThat(gold.disagreements()).isEqualTo(1);
    }

    @Test
    void anAdjudicationAloneIsGold() {
        GoldLabels.Result gold = GoldLabels.of(List.of(annotation(9, "cho", AnnotationOrigin.ADJUDICATION, "false")));

        assertThat(gold.labels()).containsEntry(9L, List.of("false"));
        assertThat(gold.disagreements()).isZero();
    }

    private Annotation annotation(long post, String annotator, AnnotationOrigin origin, String label) {
        return new Annotation(nextId++, post, 1, annotator, AnnotationAction.LABEL, List.of(label), "", List.of(), origin,
                null, Instant.EPOCH);
    }
}
