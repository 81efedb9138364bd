package org.postlens.app.domain;

import java.util.List;

/**
 * What an image file says about itself (EXIF, XMP, IPTC): the camera, the software that last wrote it, when it was
 * taken and where. Any of them may be missing; {@code tags} holds every tag that was read, as the file has it.
 *
 * @param camera  make and model as one label ("Canon EOS 5D"), or null
 * @param takenAt the original date and time as written, ISO-8601, with its offset when the file gives one
 *                ("2026-03-04T09:30:00+02:00") and without when it does not (a camera's local time)
 */
public record ImageMetadata(String camera, String software, String takenAt, Double latitude, Double longitude,
                            List<Tag> tags) {

    public static final ImageMetadata NONE = new ImageMetadata(null, null, null, null, null, List.of());

    public ImageMetadata {
        tags = List.copyOf(tags);
    }

    public boolean hasGps() {
        return latitude != null && longitude != null;
    }

    /** "lat, lon" with six decimals (about 10 cm), the form map sites accept; null without GPS. */
    public String gpsText() {
        return hasGps() ? String.format(java.util.Locale.ROOT, "%.6f, %.6f", latitude, longitude) : null;
    }

    /** One tag: its group ("Exif IFD0", "GPS", "XMP"), its name and its value in words. */
    public record Tag(String directory, String name, String value) {}
}
