package org.postlens.app.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses a CSV file's delimiter from its first records: the candidate that occurs, outside quotes, the same number
 * of times on the header and on most following records wins.
 */
final class CsvDelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_RECORDS = 30;

    private CsvDelimiterSniffer() {
    }

    static char sniff(String sample) {
        List<int[]> counts = countPerRecord(sample);
        if (counts.isEmpty()) {
            return ',';
        }
        char best = ',';
        int bestConsistency = -1;
        int bestHeaderCount = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int headerCount = counts.get(0)[c];
            if (headerCount == 0) {
                continue;
            }
            int consistency = 0;
            for (int r = 1; r < counts.size(); r++) {
                if (counts.get(r)[c] == headerCount) {
                    consistency++;
                }
            }
            if (consistency > bestConsistency || consistency == bestConsistency && headerCount > bestHeaderCount) {
                best = CANDIDATES[c];
                bestConsistency = consistency;
                bestHeaderCount = headerCount;
            }
        }
        return best;
    }

    /** Counts each candidate outside quoted sections, per record (a quoted line break does not end a record). */
    private static List<int[]> countPerRecord(String sample) {
        List<int[]> records = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean inQuotes = false;
        boolean recordHasContent = false;
        for (int i = 0; i < sample.length() && records.size() < SAMPLE_RECORDS; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
                if (recordHasContent) {
                    records.add(current);
                }
                current = new int[CANDIDATES.length];
                recordHasContent = false;
                continue;
            } else if (!inQuotes) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        current[c]++;
                    }
                }
            }
            recordHasContent = true;
        }
        if (recordHasContent && records.isEmpty()) {
            records.add(current);
        }
        return records;
    }
}
