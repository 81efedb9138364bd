package org.postlens.app.ingest;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes a {@link FieldMapping} from column names: for each field, a column named exactly like one of its
 * aliases (ignoring case, in alias order), else a column whose dotted name ends with an alias
 * ({@code data.text} → TEXT), the shallowest first. A column feeds at most one field.
 */
public final class MappingDetector {

    private MappingDetector() {
    }

    public static FieldMapping detect(List<String> columns) {
        Map<PostField, String> mapping = new EnumMap<>(PostField.class);
        Set<String> used = new HashSet<>();
        for (PostField field : PostField.values()) {
            exactMatch(field, columns, used).ifPresent(column -> {
                mapping.put(field, column);
                used.add(column);
            });
        }
        for (PostField field : PostField.values()) {
            if (!mapping.containsKey(field)) {
                suffixMatch(field, columns, used).ifPresent(column -> {
                    mapping.put(field, column);
                    used.add(column);
                });
            }
        }
        return new FieldMapping(mapping, looksLikeTwitter(columns) ? "twitter" : "", null);
    }

    private static Optional<String> exactMatch(PostField field, List<String> columns, Set<String> used) {
        for (String alias : ColumnAliases.of(field)) {
            for (String column : columns) {
                if (!used.contains(column) && column.strip().equalsIgnoreCase(alias)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> suffixMatch(PostField field, List<String> columns, Set<String> used) {
        for (String alias : ColumnAliases.of(field)) {
            String suffix = "." + alias.toLowerCase(Locale.ROOT);
            Optional<String> shallowest = columns.stream()
                    .filter(column -> !used.contains(column))
                    .filter(column -> field == PostField.AUTHOR || !describesAnotherEntity(column))
                    .filter(column -> column.strip().toLowerCase(Locale.ROOT).endsWith(suffix))
                    .min((a, b) -> Long.compare(depth(a), depth(b)));
            if (shallowest.isPresent()) {
                return shallowest;
            }
        }
        return Optional.empty();
    }

    /** {@code user.url} is the author's home page, not the post's link; quoted posts are other posts. */
    private static boolean describesAnotherEntity(String column) {
        String lower = column.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("user.") || lower.startsWith("author.") || lower.startsWith("account.")
                || lower.startsWith("quoted_status.") || lower.startsWith("retweeted_status.");
    }

    private static long depth(String column) {
        return column.chars().filter(c -> c == '.').count();
    }

    /** Twitter/X API exports carry these names; their ids then live in the "twitter" namespace. */
    private static boolean looksLikeTwitter(List<String> columns) {
        Set<String> lower = new HashSet<>();
        columns.forEach(column -> lower.add(column.strip().toLowerCase(Locale.ROOT)));
        return lower.contains("id_str") && lower.contains("full_text")
                || lower.contains("retweet_count") && lower.contains("favorite_count")
                || lower.stream().anyMatch(column -> column.startsWith("public_metrics."));
    }
}
