package org.postlens.app.domain;

/**
 * Something wrong with one record of an import file.
 *
 * @param severity {@link Severity#REJECTED}: the record was not imported; {@link Severity#WARNING}: the post was
 *                 imported but part of it (a date, a number, an image) could not be read
 * @param recordNumber 1-based record (row) number, 0 when the problem concerns the whole file
 * @param line     1-based physical line in the file where the record starts, 0 when unknown
 * @param excerpt  the start of the offending record as it was written, shortened for display
 */
public record ImportProblem(Severity severity, String file, long recordNumber, long line, String reason, String excerpt) {

    public enum Severity { REJECTED, WARNING }

    public static final int EXCERPT_LENGTH = 200;

    public static ImportProblem rejected(String file, long recordNumber, long line, String reason, String excerpt) {
        return new ImportProblem(Severity.REJECTED, file, recordNumber, line, reason, shorten(excerpt));
    }

    public static ImportProblem warning(String file, long recordNumber, long line, String reason, String excerpt) {
        return new ImportProblem(Severity.WARNING, file, recordNumber, line, reason, shorten(excerpt));
    }

    public static String shorten(String excerpt) {
        if (excerpt == null) {
            return "";
        }
        String oneLine = excerpt.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= EXCERPT_LENGTH ? oneLine : oneLine.substring(0, EXCERPT_LENGTH) + "…";
    }
}
