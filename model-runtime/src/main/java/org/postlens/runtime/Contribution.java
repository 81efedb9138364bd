package org.postlens.runtime;

/**
 * How much one piece of a text (a word, an n-gram) pushed a prediction towards its label.
 *
 * @param feature the piece as a reader sees it, e.g. {@code "not"}, {@code "so bad"}, {@code "#ذ"}
 * @param weight positive when it pushed towards the predicted label, negative when away from it
 */
public record Contribution(String feature, float weight) {}
