package org.postlens.app.ingest.archive;

import java.util.Locale;

/**
 * Checks the names of archive entries and of files an export refers to: a name must stay inside the archive or
 * export folder, so absolute paths, drive letters and {@code ..} segments are refused.
 */
public final class EntryNames {

    private EntryNames() {
    }

    /** The name with {@code \} turned into {@code /} and {@code ./} segments dropped, or an exception saying why not. */
    public static String checked(String name) throws UnsafeArchiveException {
        if (name == null || name.isEmpty()) {
            throw new UnsafeArchiveException("an entry has an empty name");
        }
        if (name.indexOf('\0') >= 0) {
            throw new UnsafeArchiveException("entry '" + printable(name) + "' has a NUL character in its name");
        }
        String slashed = name.replace('\\', '/');
        if (slashed.startsWith("/")) {
            throw new UnsafeArchiveException("entry '" + printable(name) + "' is an absolute path; refused");
        }
        if (slashed.length() >= 2 && slashed.charAt(1) == ':' && Character.isLetter(slashed.charAt(0))) {
            throw new UnsafeArchiveException("entry '" + printable(name) + "' names a drive ("
                    + slashed.substring(0, 2).toUpperCase(Locale.ROOT) + "); refused");
        }
        StringBuilder clean = new StringBuilder();
        for (String segment : slashed.split("/", -1)) {
            if (segment.equals("..")) {
                throw new UnsafeArchiveException("entry '" + printable(name)
                        + "' would escape the target folder (it contains '..'); refused");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (clean.length() > 0) {
                clean.append('/');
            }
            clean.append(segment);
        }
        if (clean.length() == 0) {
            throw new UnsafeArchiveException("entry '" + printable(name) + "' names no file");
        }
        return slashed.endsWith("/") ? clean + "/" : clean.toString();
    }

    private static String printable(String name) {
        String shown = name.replace("\0", "\\0");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }
}
