package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.ingest.archive.ExportFiles;

/**
 * Reads an X/Twitter account archive, as a folder or as its zip: the tweets in {@code data/tweets.js} (older
 * archives: {@code data/tweet.js}; large ones continue in {@code tweets-part1.js}, …), each element either
 * {@code {"tweet": {…}}} or, in older archives, the tweet itself; the author from {@code data/account.js}; the
 * images from {@code data/tweets_media/<tweet id>-<file name>} (older: {@code tweet_media}).
 */
final class XArchiveReader extends LookAheadPlatformReader {

    private static final Pattern PART = Pattern.compile("(?:^|/)data/(tweets?)(?:-part(\\d+))?\\.js$");

    private final ExportFiles files;
    private final String dataDir;
    private final List<String> parts;
    private final String handle;
    private final String displayName;
    private int partIndex = -1;
    private YtdScript script;
    private long recordNumber;

    XArchiveReader(ExportFiles files) throws IOException {
        this.files = files;
        this.parts = tweetParts(files.names());
        if (parts.isEmpty()) {
            throw new IOException(files.location().getFileName() + " holds no data/tweets.js: is it an X archive?");
        }
        String first = parts.get(0);
        this.dataDir = first.substring(0, first.lastIndexOf('/') + 1);
        JsonNode account = readAccount();
        this.handle = JsonValues.text(account, "username");
        this.displayName = JsonValues.text(account, "accountDisplayName");
    }

    /**
     * The archive's tweet files, data/tweets.js first, then its parts in order; empty when there are none. When
     * the zip wraps the archive in a folder, the shallowest data folder counts; newer {@code tweets} files win over
     * older {@code tweet} ones.
     */
    static List<String> tweetParts(List<String> names) {
        List<String> found = names.stream().filter(name -> PART.matcher(name).find()).toList();
        if (found.isEmpty()) {
            return found;
        }
        String shallowest = found.stream().min(Comparator.comparingLong(XArchiveReader::depth)).orElseThrow();
        String dir = shallowest.substring(0, shallowest.lastIndexOf('/') + 1);
        List<String> inDir = found.stream()
                .filter(name -> name.startsWith(dir) && name.indexOf('/', dir.length()) < 0).toList();
        boolean newer = inDir.stream().anyMatch(name -> family(name).equals("tweets"));
        return inDir.stream().filter(name -> family(name).equals(newer ? "tweets" : "tweet"))
                .sorted(Comparator.comparingInt(XArchiveReader::partNumber)).toList();
    }

    private static long depth(String name) {
        return name.chars().filter(c -> c == '/').count();
    }

    private static String family(String name) {
        Matcher matcher = PART.matcher(name);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static int partNumber(String name) {
        Matcher matcher = PART.matcher(name);
        return matcher.find() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) + 1 : 0;
    }

    private JsonNode readAccount() throws IOException {
        String name = dataDir + "account.js";
        if (!files.exists(name)) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try (YtdScript account = YtdScript.open(files.open(name), name)) {
            JsonNode first = account.next();
            return first == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                    : first.has("account") ? first.get("account") : first;
        }
    }

    @Override
    public PlatformFormat format() {
        return PlatformFormat.X_ARCHIVE;
    }

    @Override
    public List<String> postFiles() {
        List<String> identifying = new ArrayList<>(parts);
        try {
            if (files.exists(dataDir + "account.js")) {
                identifying.add(dataDir + "account.js");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return identifying;
    }

    @Override
    public ExportFiles files() {
        return files;
    }

    @Override
    public long estimatedRecords() {
        long bytes = 0;
        for (String part : parts) {
            try {
                bytes += Math.max(0, files.size(part));
            } catch (IOException e) {
                return -1;
            }
        }
        return Math.max(1, bytes / 2500); // an archived tweet takes 2-3 KB of JSON
    }

    @Override
    protected PlatformItem readNext() throws IOException {
        while (true) {
            if (script == null) {
                if (++partIndex >= parts.size()) {
                    return null;
                }
                script = YtdScript.open(files.open(parts.get(partIndex)), parts.get(partIndex));
            }
            String part = parts.get(partIndex);
            JsonNode element;
            try {
                element = script.next();
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                closeScript();
                recordNumber++;
                return new PlatformItem.Bad(ImportProblem.rejected(part, recordNumber, line,
                        "malformed JSON, the rest of this file is skipped: " + e.getOriginalMessage(), ""));
            }
            if (element == null) {
                closeScript();
                continue;
            }
            recordNumber++;
            return tweet(part, element, script.line());
        }
    }

    private PlatformItem tweet(String part, JsonNode element, long line) {
        JsonNode tweet = element.has("tweet") ? element.get("tweet") : element;
        PostFields post = new PostFields(part, recordNumber, line, tweet.toString());
        if (!tweet.isObject()) {
            return post.reject("expected a tweet object");
        }
        TweetFields.read(tweet, post, this::place);
        if (post.sourceId == null) {
            return post.reject("the tweet has no id_str");
        }
        post.author = handle;
        post.authorName = displayName;
        post.url = handle == null ? "https://x.com/i/web/status/" + post.sourceId
                : "https://x.com/" + handle + "/status/" + post.sourceId;
        return post.toItem();
    }

    /**
     * A photo is archived as {@code <tweet id>-<name of its media URL>}; videos and GIFs as MP4 files, which are
     * not images, so their preview image is remembered by URL instead.
     */
    private ExportMedia place(PostFields post, JsonNode media) {
        String tweetId = post.sourceId;
        String url = JsonValues.text(media, "media_url_https", "media_url");
        if (url == null) {
            return null;
        }
        if (!"photo".equals(JsonValues.text(media, "type")) && media.has("type")) {
            return ExportMedia.remote(url);
        }
        for (String folder : List.of("tweets_media/", "tweet_media/")) {
            String file = dataDir + folder + tweetId + "-" + TweetFields.fileName(url);
            try {
                if (files.exists(file)) {
                    return new ExportMedia(file, url, file.substring(dataDir.length()));
                }
            } catch (IOException e) {
                return new ExportMedia(file, url, file);
            }
        }
        post.warn("image " + TweetFields.fileName(url) + " is not in the archive; only its URL is kept");
        return ExportMedia.remote(url);
    }

    private void closeScript() throws IOException {
        if (script != null) {
            script.close();
            script = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeScript();
        } finally {
            files.close();
        }
    }

    Optional<String> handle() {
        return Optional.ofNullable(handle);
    }
}
