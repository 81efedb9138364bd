package org.postlens.app.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.LabelAgreement;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.app.ui.measure.AgreementViewModel.AnnotatorRow;
import org.postlens.app.ui.measure.AgreementViewModel.PairRow;

/** Annotate ▸ Agreement without a window, on a real project with labels written through the store. */
class AgreementViewModelTest {

    static final List<String> SENTIMENT = List.of("negative", "neutral", "positive");

    @TempDir
    Path dir;
    MeasuredProject fixture;
    LabelSchema sentiment;
    final List<LabelSchema> opened = new ArrayList<>();
    AgreementViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new MeasuredProject(dir, 12);
        sentiment = fixture.schema("sentiment");
        // alice: negative, neutral, positive in turn on posts 0-9, and post 10 that bob did not label.
        // bob: the same except posts 0 (neutral) and 1 (positive). Observed agreement 8/10; chance
        // 0.4*0.3 + 0.3*0.3 + 0.3*0.4 = 0.33; kappa (0.8 - 0.33) / (1 - 0.33) = 0.7015.
        for (int i = 0; i <= 10; i++) {
            fixture.label(sentiment, "alice", fixture.posts.get(i), SENTIMENT.get(i % 3));
        }
        for (int i = 0; i < 10; i++) {
            String label = i == 0 ? "neutral" : i == 1 ? "positive" : SENTIMENT.get(i % 3);
            fixture.label(sentiment, "bob", fixture.posts.get(i), label);
        }
        viewModel = new AgreementViewModel(fixture.project, fixture.schemas, new CurrentThreadTaskExecutor(), opened::add);
    }

    @AfterEach
    void tearDown() {
        fixture.project.close();
    }

    @Test
    void choosesTheLabelledSchemaAndMeasuresTwoAnnotators() {
        viewModel.load();

        assertThat(viewModel.schemas()).extracting(LabelSchema::name).contains("verdict", "sentiment", "emoji");
        assertThat(viewModel.schemaProperty().get().name()).as("verdict comes first but nobody labelled it").isEqualTo("sentiment");
        assertThat(viewModel.annotators()).containsExactly(new AnnotatorRow("alice", 11), new AnnotatorRow("bob", 10));
        var report = viewModel.measuredProperty().get().report();
        assertThat(report.units()).isEqualTo(11);
        assertThat(report.pairableUnits()).isEqualTo(10);
        assertThat(report.kappa()).isCloseTo(0.47 / 0.67, within(1e-9));
        assertThat(viewModel.kappaProperty().get()).startsWith("0.701");
        assertThat(report.alpha()).isBetween(0.6, 0.8);
        assertThat(viewModel.perLabel()).extracting(LabelAgreement::label).containsExactlyElementsOf(SENTIMENT);
        assertThat(viewModel.pairs()).as("two annotators: the overall kappa is theirs").isEmpty();
        assertThat(viewModel.disagreementsProperty().get()).isEqualTo(2);
        assertThat(viewModel.unitsProperty().get()).contains("11 posts labelled", "10 by two or more", "2 unresolved disagreements");
        assertThat(viewModel.messageProperty().get()).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void moreThanTwoAnnotatorsGetAlphaAndATableOfPairs() {
        for (int i = 0; i < 5; i++) {
            fixture.label(sentiment, "carol", fixture.posts.get(i), "negative");
        }
        viewModel.load();

        assertThat(viewModel.kappaProperty().get()).startsWith("undefined").contains("exactly two annotators");
        assertThat(viewModel.alphaProperty().get()).doesNotStartWith("undefined");
        assertThat(viewModel.pairs()).extracting(PairRow::first, PairRow::second, PairRow::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", "bob", 10),
                        org.assertj.core.groups.Tuple.tuple("alice", "carol", 5),
                        org.assertj.core.groups.Tuple.tuple("bob", "carol", 5));
        assertThat(viewModel.pairs().get(0).kappa()).isCloseTo(0.47 / 0.67, within(1e-9));
    }

    @Test
    void oneAnnotatorOnlySaysAgreementNeedsASecond() {
        LabelSchema emotion = fixture.schema("emotion");
        fixture.label(emotion, "alice", fixture.posts.get(0), "joy");
        viewModel.load();
        viewModel.schemaProperty().set(emotion);

        assertThat(viewModel.annotators()).containsExactly(new AnnotatorRow("alice", 1));
        assertThat(viewModel.messageProperty().get()).contains("needs a second annotator");
        assertThat(viewModel.alphaProperty().get()).startsWith("undefined");
    }

    @Test
    void adjudicatingOpensTheDisagreementsOfTheSchemaAndResolvedOnesLeaveTheCount() {
        viewModel.load();
        viewModel.adjudicate();
        assertThat(opened).containsExactly(sentiment);

        fixture.adjudicate(sentiment, "editor", fixture.posts.get(0), "negative");
        fixture.adjudicate(sentiment, "editor", fixture.posts.get(1), "neutral");
        viewModel.schemaProperty().set(null);
        viewModel.schemaProperty().set(sentiment);
        assertThat(viewModel.disagreementsProperty().get()).isZero();
        assertThat(viewModel.annotators()).as("an adjudicator is not an annotator").extracting(AnnotatorRow::annotator)
                .containsExactly("alice", "bob");
    }
}
