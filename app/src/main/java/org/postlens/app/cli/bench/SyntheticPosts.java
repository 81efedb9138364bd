package org.postlens.app.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Deterministic tweet-like posts for the import benchmark: mixed English, Arabic and Hindi text of 60-280
 * characters (with the commas, quotes, line breaks, hashtags and emoji real posts have), ids, dates, authors
 * from a pool of about one per twenty posts, engagement counts and a language code. The same seed and count
 * always give the same posts, so the baseline can store exactly the values written to the CSV.
 */
public final class SyntheticPosts {

    /** Column names the importer maps automatically. */
    public static final List<String> COLUMNS =
            List.of("id", "text", "created_at", "author", "url", "likes", "shares", "replies", "views", "lang");

    /** Words the search benchmark looks for; each occurs in its language's vocabulary. */
    public static final List<String> SEARCH_QUERIES = List.of(
            "election", "vaccine", "climate policy", "الانتخابات", "الحكومة", "चुनाव", "सरकार");

    private static final String[] EN = ("the a of to and in is for on that with this it was at by from breaking news "
            + "election vaccine climate policy government minister report video photo claim false true viral "
            + "people city police protest market prices health school water fire storm flood says said today "
            + "yesterday week official sources confirm deny fact check share please watch look").split(" ");
    private static final String[] AR = ("في من على إلى أن هذا هذه التي الذي عن مع الانتخابات الحكومة الرئيس "
            + "الوزير الشرطة المدينة الناس عاجل خبر فيديو صورة كاذب صحيح اليوم أمس مصادر تأكيد نفي السوق الأسعار "
            + "المدرسة الصحة اللقاح المناخ سياسة العاصفة الفيضان").split(" ");
    private static final String[] HI = ("का की के में है और से को पर यह वह एक चुनाव सरकार मंत्री पुलिस शहर लोग "
            + "खबर वीडियो फोटो झूठ सच आज कल सूत्र बाजार कीमत स्वास्थ्य स्कूल पानी आग तूफान बाढ़ टीका जलवायु नीति").split(" ");
    private static final String[] EXTRAS = {",", ",", "!", "?", " \"quoted\"", " #news", " #breaking", " 🔥", " 😂",
            " 👉", "\n", " @mention", " https://t.co/abc123"};
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    /** One generated post, with the values the importer should store for it. */
    public record Post(String id, String text, Instant createdAt, String author, String url, long likes,
                       long shares, long replies, long views, String lang) {

        /** The values as written in the CSV, in {@link #COLUMNS} order. */
        public List<String> csvValues() {
            return List.of(id, text, ISO.format(createdAt), author, url, Long.toString(likes),
                    Long.toString(shares), Long.toString(replies), Long.toString(views), lang);
        }
    }

    private final SplittableRandom random;
    private final int authors;
    private long next;

    public SyntheticPosts(long seed, long count) {
        this.random = new SplittableRandom(seed);
        this.authors = (int) Math.max(1, count / 20);
    }

    public Post next() {
        long n = next++;
        int pick = random.nextInt(10);
        String lang = pick < 6 ? "en" : pick < 8 ? "ar" : "hi";
        String[] words = switch (lang) {
            case "ar" -> AR;
            case "hi" -> HI;
            default -> EN;
        };
        int length = 60 + random.nextInt(221);
        StringBuilder text = new StringBuilder(length + 20);
        while (text.length() < length) {
            if (text.length() > 0) {
                text.append(random.nextInt(12) == 0 ? EXTRAS[random.nextInt(EXTRAS.length)] : "");
                text.append(' ');
            }
            text.append(words[random.nextInt(words.length)]);
        }
        int end = Math.min(text.length(), 280);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never cut an emoji in half
        }
        String trimmed = text.substring(0, end);
        trimmed = trimmed.strip();
        String id = Long.toString(1_800_000_000_000_000_000L + n * 7919);
        String author = "user_" + random.nextInt(authors);
        Instant createdAt = START.plusMillis(n * 31_000L + random.nextInt(30_000));
        long views = random.nextInt(1_000_000);
        long likes = views == 0 ? 0 : random.nextLong(views / 10 + 1);
        return new Post(id, trimmed, createdAt, author, "https://x.com/" + author + "/status/" + id, likes,
                random.nextLong(likes / 3 + 1), random.nextLong(likes / 5 + 1), views, lang);
    }

    /** Writes {@code count} posts from this generator to an RFC 4180 CSV file with a header row. */
    public void writeCsv(Path file, long count) throws IOException {
        writeCsv(file, count, true);
    }

    /** @param withLanguage false leaves the language column out, so that the import detects every language */
    public void writeCsv(Path file, long count, boolean withLanguage) throws IOException {
        int columns = withLanguage ? COLUMNS.size() : COLUMNS.indexOf("lang");
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer,
                     CSVFormat.RFC4180.builder().setHeader(COLUMNS.subList(0, columns).toArray(String[]::new)).build())) {
            for (long i = 0; i < count; i++) {
                csv.printRecord(next().csvValues().subList(0, columns));
            }
        }
    }
}
