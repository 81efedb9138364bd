package org.postlens.app.domain;

import java.util.BitSet;

/**
 * A post that some task models have not predicted yet.
 *
 * @param lacking bit {@code i} is set when the i-th model asked about has no prediction for the post and reads its
 *     language (or the post's language is unknown)
 */
public record PendingPost(PostText post, BitSet lacking) {

    public PendingPost {
        lacking = (BitSet) lacking.clone();
    }

    public boolean lacks(int model) {
        return lacking.get(model);
    }

    @Override
    public BitSet lacking() {
        return (BitSet) lacking.clone();
    }
}
