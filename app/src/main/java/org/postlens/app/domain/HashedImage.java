package org.postlens.app.domain;

/** A stored image and its perceptual fingerprint. */
public record HashedImage(String sha256, ImageFingerprint fingerprint) {}
