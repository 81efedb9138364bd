package org.postlens.app.domain;

/** An image stored in a project, addressed by the SHA-256 of its bytes. */
public record Media(String sha256, String mime, long sizeBytes, Integer width, Integer height, byte[] bytes) {}
