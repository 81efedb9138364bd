package org.postlens.app.evaluate;

import java.util.ArrayList;
import java.util.List;

/** Small evaluations whose figures are worked by hand in the tests that use them. */
final class EvaluationExamples {

    static final List<String> VERDICTS = List.of("true", "false", "misleading", "unverifiable");
    static final EvaluationSubject SUBJECT = new EvaluationSubject("verdict", "Verdicts", "run 7 · verdict-en 1.0", 3);

    private EvaluationExamples() {
    }

    /**
     * Seven posts, six predicted: gold/predicted true/true, true/false, false/false twice, misleading/false twice,
     * and one true post the run did not reach. "misleading" is never predicted, "unverifiable" never occurs.
     */
    static List<EvaluatedPost> verdictPosts() {
        List<EvaluatedPost> posts = new ArrayList<>();
        posts.add(post(1, "true", "true", "en", "x", "tweets.csv"));
        posts.add(post(2, "true", "false", "en", "x", "tweets.csv"));
        posts.add(post(3, "false", "false", "ar", "telegram", "channel.json"));
        posts.add(post(4, "false", "false", "ar", "telegram", "channel.json"));
        posts.add(post(5, "misleading", "false", "en", null, "tweets.csv"));
        posts.add(post(6, "misleading", "false", "hi", null, "tweets.csv"));
        posts.add(post(7, "true", null, "en", "x", "late.csv"));
        return posts;
    }

    static EvaluationResult verdicts() {
        return RunEvaluation.evaluate(SUBJECT, VERDICTS, false, verdictPosts());
    }

    static EvaluatedPost post(long id, String gold, String predicted, String language, String platform, String source) {
        return new EvaluatedPost(id, List.of(gold), predicted == null ? null : List.of(predicted), language, platform, source);
    }
}
