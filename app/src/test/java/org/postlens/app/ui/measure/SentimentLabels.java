package org.postlens.app.ui.measure;

import java.util.List;
import org.postlens.app.domain.LabelSchema;

/**
 * Two annotators' sentiment labels on the first 20 posts of a {@link MeasuredProject}: alice gives negative,
 * neutral, positive in turn; bob the same except on posts 0 and 1. Their observed agreement is 18/20; by chance
 * (alice 7/7/6 of 20, bob 6/7/7) 0.3325, so kappa is (0.9 - 0.3325) / 0.6675 = 0.850.
 */
final class SentimentLabels {

    static final List<String> LABELS = List.of("negative", "neutral", "positive");
    static final int POSTS = 20;
    static final int DISAGREEMENTS = 2;
    static final String KAPPA_TEXT = "0.850";

    private SentimentLabels() {
    }

    static void write(MeasuredProject fixture, LabelSchema sentiment) {
        for (int i = 0; i < POSTS; i++) {
            fixture.label(sentiment, "alice", fixture.posts.get(i), LABELS.get(i % 3));
            fixture.label(sentiment, "bob", fixture.posts.get(i), i == 0 ? "neutral" : i == 1 ? "positive" : LABELS.get(i % 3));
        }
    }
}
