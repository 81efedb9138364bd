package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.postlens.resources.TaskDefinition;

/**
 * SemEval-2017 Task 4A (English tweet sentiment): every {@code twitter-20*-A.tsv} file of the 2013-2016 pool
 * (id TAB label TAB text) for training, and TweetEval's sentiment val split, from the sibling {@code tweeteval}
 * folder, for validation. TweetEval's own training texts are missing from the shared data, and TweetEval
 * sentiment is this same task, so the pool stands in for them. The pool is brought to TweetEval's form (user
 * names as {@code @user}), and repeated tweets and tweets also in the validation split (compared on their letters
 * and digits only) are left out of it.
 */
final class SemEval2017SentimentReader implements DataSetReader {

    static final String FOLDER = "semeval2017-task4a-en";
    private static final String LICENCE = "SemEval-2017 Task 4 data, distributed by the organisers for research; "
            + "tweets are Twitter content";
    private static final Pattern USER = Pattern.compile("@\\w+");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Map<String, String> LABELS = Map.of("0", "negative", "1", "neutral", "2", "positive");

    private final TaskCatalog tasks;

    SemEval2017SentimentReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().startsWith("semeval2017") && request.task().equals("sentiment")
                && Languages.isOr(request, "en");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        TaskDefinition task = tasks.require("sentiment");
        DataSetBuilder builder = new DataSetBuilder(task, "en");
        Path validation = folder.toAbsolutePath().normalize().resolveSibling(TweetEvalReader.FOLDER).resolve("sentiment");
        Set<String> validationTexts = new HashSet<>();
        if (Files.exists(validation.resolve("val_text.txt"))) {
            TweetEvalReader.read(validation, "val", LABELS, builder, false);
            DataFiles.lines(validation.resolve("val_text.txt")).forEach(text -> validationTexts.add(key(text)));
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(p -> p.getFileName().toString().matches("twitter-20\\d\\d.*-A\\.tsv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new UnsupportedDataException(folder + " holds no twitter-20*-A.tsv files");
        }
        Set<String> seenIds = new HashSet<>();
        Set<String> seenTexts = new HashSet<>();
        for (Path file : files) {
            List<String> lines = DataFiles.lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String where = file.getFileName() + " line " + (i + 1);
                String[] fields = lines.get(i).split("\t", -1);
                if (fields.length < 3) {
                    builder.bad(where, "expected id, label and text separated by tabs");
                    continue;
                }
                String text = tweetEvalForm(fields[2]);
                if (!seenIds.add(fields[0].strip()) || !seenTexts.add(key(text))) {
                    continue; // the same tweet in another year's file
                }
                if (validationTexts.contains(key(text))) {
                    continue;
                }
                builder.train(text, List.of(fields[1].strip()), where);
            }
        }
        String name = "SemEval-2017 Task 4A English 2013-2016 pool (" + files.size() + " files, deduplicated)";
        return builder.build(name, LICENCE, "TweetEval sentiment val split (tweets also in the pool left out of training)",
                request.seed());
    }

    /** As TweetEval writes tweets: escapes decoded, user names anonymised. */
    static String tweetEvalForm(String raw) {
        Matcher escape = ESCAPE.matcher(raw);
        StringBuilder decoded = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(decoded,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(decoded);
        return USER.matcher(decoded).replaceAll("@user").strip();
    }

    /**
     * What stays of a tweet when user names, links, HTML entities, case and everything but letters and digits are
     * dropped: TweetEval's copies differ from the pool's in all of these, and a looser key let most validation tweets
     * into training.
     */
    static String key(String text) {
        String plain = tweetEvalForm(text).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        plain = LINK.matcher(plain).replaceAll(" ");
        plain = USER.matcher(plain).replaceAll(" ");
        return NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
