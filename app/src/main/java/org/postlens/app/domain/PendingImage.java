package org.postlens.app.domain;

import java.util.Set;

/** An image waiting for OCR: its bytes and the languages of the posts that show it (empty when none says). */
public record PendingImage(String sha256, byte[] bytes, Set<String> postLanguages) {

    public PendingImage {
        postLanguages = Set.copyOf(postLanguages);
    }
}
