package org.postlens.app.training;

/**
 * What to read from a data set folder.
 *
 * @param task     a task id from the task definitions
 * @param language a language code (en, ar, hi…); null where the data set has only one
 * @param seed     seeds the validation split where the data set has none of its own
 */
public record DataSetRequest(String task, String language, long seed) {
}
