package org.postlens.app.embed;

import org.postlens.app.domain.Run;

/**
 * What an embed job did: posts embedded by this run, posts that already had a vector, and the run (null when
 * there was nothing to do).
 */
public record EmbedReport(Run run, long embedded, long alreadyEmbedded) {}
