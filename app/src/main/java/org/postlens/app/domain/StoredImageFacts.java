package org.postlens.app.domain;

/** An image's facts as the project holds them: metadata, the reason something could not be read, and whether it has a fingerprint. */
public record StoredImageFacts(String sha256, ImageMetadata metadata, String problem, boolean hasFingerprint) {}
