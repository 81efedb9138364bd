package org.postlens.app.domain;

/**
 * Two perceptual hashes of one image: of the whole picture inside any frame, and of its middle. A copy matches
 * when either view is close (the whole survives frames and meme text, the middle survives caption bars), or when
 * both are fairly close, as after a crop: measured, no two different pictures came that close in both views.
 */
public record ImageFingerprint(long whole, long centre) {

    /** How much further than the threshold both views together may be: see docs/decisions/0012-perceptual-image-hash.md. */
    public static final int BOTH_VIEWS_SLACK = 4;

    /** The nearer of the two views, in bits: 0 for the same picture. */
    public int distanceTo(ImageFingerprint other) {
        return Math.min(wholeDistance(other), centreDistance(other));
    }

    public boolean matches(ImageFingerprint other, int maxDistance) {
        int whole = wholeDistance(other);
        int centre = centreDistance(other);
        return Math.min(whole, centre) <= maxDistance || Math.max(whole, centre) <= maxDistance + BOTH_VIEWS_SLACK;
    }

    private int wholeDistance(ImageFingerprint other) {
        return Long.bitCount(whole ^ other.whole);
    }

    private int centreDistance(ImageFingerprint other) {
        return Long.bitCount(centre ^ other.centre);
    }
}
