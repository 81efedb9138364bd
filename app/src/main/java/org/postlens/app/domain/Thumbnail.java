package org.postlens.app.domain;

/**
 * A small copy of a stored image for grids and lists, kept in the project beside the image it was made from.
 *
 * @param size the longest side it was made for (the image itself may be smaller than that)
 * @param mime {@code image/jpeg}, or {@code image/png} for images with transparency
 */
public record Thumbnail(String mediaSha256, int size, String mime, int width, int height, byte[] bytes) {}
