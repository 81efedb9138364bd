package org.postlens.app.domain;

/**
 * What Postlens reads from an image's bytes besides its size: its metadata and its perceptual fingerprint. Either
 * may be missing, with the reason in {@code problem} (a damaged file, metadata that could not be parsed).
 *
 * @param hashAlgorithm the name of the hash the fingerprint was made with; null when there is no fingerprint
 */
public record ImageFacts(ImageMetadata metadata, ImageFingerprint fingerprint, String hashAlgorithm, String problem) {}
