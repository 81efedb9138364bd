package org.postlens.app.domain;

import java.time.Instant;

/**
 * What the posts table shows: a full-text search plus filters, and an order. Every field is optional
 * ({@code null} means "any").
 *
 * @param search    full-text query in the user's words (FTS5 syntax is not required: words are ANDed)
 * @param hasImage  {@code true}: only posts with a stored image; {@code false}: only posts without one
 * @param prediction only posts whose latest prediction for a task matches it
 */
public record PostQuery(
        String search,
        Instant from,
        Instant to,
        String author,
        String lang,
        Boolean hasImage,
        Long importSourceId,
        Sort sort,
        boolean descending,
        PredictionFilter prediction) {

    public enum Sort { DATE, LIKES, SHARES, REPLIES, VIEWS, IMPORT_ORDER }

    public static PostQuery all() {
        return new PostQuery(null, null, null, null, null, null, null, Sort.DATE, false, null);
    }

    public PostQuery withSearch(String value) {
        return new PostQuery(value, from, to, author, lang, hasImage, importSourceId, sort, descending, prediction);
    }

    public PostQuery withDates(Instant fromValue, Instant toValue) {
        return new PostQuery(search, fromValue, toValue, author, lang, hasImage, importSourceId, sort, descending, prediction);
    }

    public PostQuery withAuthor(String value) {
        return new PostQuery(search, from, to, value, lang, hasImage, importSourceId, sort, descending, prediction);
    }

    public PostQuery withLang(String value) {
        return new PostQuery(search, from, to, author, value, hasImage, importSourceId, sort, descending, prediction);
    }

    public PostQuery withHasImage(Boolean value) {
        return new PostQuery(search, from, to, author, lang, value, importSourceId, sort, descending, prediction);
    }

    public PostQuery withImportSource(Long value) {
        return new PostQuery(search, from, to, author, lang, hasImage, value, sort, descending, prediction);
    }

    public PostQuery sortedBy(Sort value, boolean desc) {
        return new PostQuery(search, from, to, author, lang, hasImage, importSourceId, value, desc, prediction);
    }

    public PostQuery withPrediction(PredictionFilter value) {
        return new PostQuery(search, from, to, author, lang, hasImage, importSourceId, sort, descending, value);
    }
}
