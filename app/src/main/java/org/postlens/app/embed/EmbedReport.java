package org.postlens.app.embed;

import java.util.Set;

import org.postlens.app.domain.Run;

/**
 * What an embed job did: posts embedded by this run, posts that already had a vector, posts left out because the
 * encoder does not read their language ({@code languages}: those it does read; empty means all), and the run
 * (null when there was nothing to do).
 */
public record EmbedReport(Run run, long embedded, long alreadyEmbedded, long skipped, Set<String> languages) {

    public EmbedReport {
        languages = Set.copyOf(languages);
    }

    /** For a summary line: "" when nothing was left out. */
    public String skippedExplanation() {
        if (skipped == 0) {
            return "";
        }
        return String.format("%,d post%s not embedded: this model reads %s only", skipped, skipped == 1 ? "" : "s",
                String.join(", ", languages.stream().sorted().toList()));
    }
}
