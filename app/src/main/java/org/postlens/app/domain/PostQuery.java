package org.postlens.app.domain;

import java.time.Instant;

/**
 * What the posts table shows: a full-text search plus filters, and an order. Every field is optional
 * ({@code null} means "any").
 *
 * @param search    full-text query in the user's words (FTS5 syntax is not required: words are ANDed)
 * @param hasImage  {@code true}: only posts with a stored image; {@code false}: only posts without one
 * @param prediction only posts whose latest prediction for a task matches it
 * @param images     filters on what the posts' images say about themselves (camera, software, GPS)
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
        PredictionFilter prediction,
        ImageFilter images) {

    /**
     * Posts with at least one image that matches: every field optional ({@code null} means "any").
     *
     * @param hasGps   {@code true}: an image with a GPS position; {@code false}: no image with one
     * @param camera   part of the camera's make and model, any case ("canon", "iPhone 15")
     * @param software part of the software's name, any case ("photoshop")
     */
    public record ImageFilter(Boolean hasGps, String camera, String software) {
        public static final ImageFilter ANY = new ImageFilter(null, null, null);

        public boolean isAny() {
            return hasGps == null && camera == null && software == null;
        }
    }

    public PostQuery {
        images = images == null ? ImageFilter.ANY : images;
    }

    public enum Sort { DATE, LIKES, SHARES, REPLIES, VIEWS, IMPORT_ORDER }

    public static PostQuery all() {
        return new PostQuery(null, null, null, null, null, null, null, Sort.DATE, false, null, ImageFilter.ANY);
    }

    public PostQuery withSearch(String value) {
        return new PostQuery(value, from, to, author, lang, hasImage, importSourceId, sort, descending, prediction, images);
    }

    public PostQuery withDates(Instant fromValue, Instant toValue) {
        return new PostQuery(search, fromValue, toValue, author, lang, hasImage, importSourceId, sort, descending, prediction, images);
    }

    public PostQuery withAuthor(String value) {
        return new PostQuery(search, from, to, value, lang, hasImage, importSourceId, sort, descending, prediction, images);
    }

    public PostQuery withLang(String value) {
        return new PostQuery(search, from, to, author, value, hasImage, importSourceId, sort, descending, prediction, images);
    }

    public PostQuery withHasImage(Boolean value) {
        return new PostQuery(search, from, to, author, lang, value, importSourceId, sort, descending, prediction, images);
    }

    public PostQuery withImportSource(Long value) {
        return new PostQuery(search, from, to, author, lang, hasImage, value, sort, descending, prediction, images);
    }

    public PostQuery withImages(ImageFilter value) {
        return new PostQuery(search, from, to, author, lang, hasImage, importSourceId, sort, descending, prediction, value);
    }

    public PostQuery sortedBy(Sort value, boolean desc) {
        return new PostQuery(search, from, to, author, lang, hasImage, importSourceId, value, desc, prediction, images);
    }

    public PostQuery withPrediction(PredictionFilter value) {
        return new PostQuery(search, from, to, author, lang, hasImage, importSourceId, sort, descending, value, images);
    }
}
