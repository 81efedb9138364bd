package org.postlens.app.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.ImageMetadata;

/** Reads EXIF, XMP and IPTC from image bytes with metadata-extractor; a damaged block is reported, never thrown. */
public final class ImageMetadataExtractor {

    /** Maker notes and embedded thumbnails can be long: keep the first part of each value. */
    static final int MAX_VALUE_CHARS = 500;
    static final int MAX_TAGS = 1_000;

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private ImageMetadataExtractor() {
    }

    /** The metadata, or the reason it could not be read. */
    public record Result(ImageMetadata metadata, String problem) {}

    public static Result read(byte[] bytes) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return new Result(ImageMetadata.NONE, "metadata not readable: " + e.getMessage());
        }
        List<ImageMetadata.Tag> tags = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            for (Tag tag : directory.getTags()) {
                if (tags.size() < MAX_TAGS) {
                    tags.add(new ImageMetadata.Tag(directory.getName(), tag.getTagName(), shortened(describe(tag))));
                }
            }
            for (String error : directory.getErrors()) {
                errors.add(directory.getName() + ": " + error);
            }
        }
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        Map<String, String> xmp = xmpProperties(metadata);
        String make = first(string(ifd0, ExifDirectoryBase.TAG_MAKE), xmp.get("tiff:Make"));
        String model = first(string(ifd0, ExifDirectoryBase.TAG_MODEL), xmp.get("tiff:Model"));
        String software = first(string(ifd0, ExifDirectoryBase.TAG_SOFTWARE), xmp.get("xmp:CreatorTool"));
        String takenAt = first(exifTime(exif), first(xmp.get("exif:DateTimeOriginal"),
                first(xmp.get("photoshop:DateCreated"), xmp.get("xmp:CreateDate"))));
        Double latitude = null;
        Double longitude = null;
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation location = gps == null ? null : gps.getGeoLocation();
        if (location != null && !location.isZero() && Math.abs(location.getLatitude()) <= 90
                && Math.abs(location.getLongitude()) <= 180) {
            latitude = location.getLatitude();
            longitude = location.getLongitude();
        }
        ImageMetadata result = new ImageMetadata(camera(make, model), software, takenAt, latitude, longitude, tags);
        return new Result(result, errors.isEmpty() ? null : "metadata partly damaged: " + String.join("; ", errors));
    }

    /**
     * "Canon" and "Canon EOS 5D" make "Canon EOS 5D", not "Canon Canon EOS 5D"; "NIKON CORPORATION" and "Nikon D850"
     * make "Nikon D850": the model repeats the make's first word.
     */
    static String camera(String make, String model) {
        if (make == null) {
            return model;
        }
        if (model == null) {
            return make;
        }
        String brand = make.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return model.toLowerCase(java.util.Locale.ROOT).startsWith(brand) ? model : make + " " + model;
    }

    /** DateTimeOriginal, with OffsetTimeOriginal when the camera wrote one, as ISO-8601; else what the file says. */
    private static String exifTime(ExifSubIFDDirectory exif) {
        String written = string(exif, ExifDirectoryBase.TAG_DATETIME_ORIGINAL);
        if (written == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(written, EXIF_TIME);
            String offset = string(exif, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL);
            if (offset != null) {
                try {
                    return local.atOffset(ZoneOffset.of(offset)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                } catch (java.time.DateTimeException e) {
                    // An offset that is not one: keep the local time, which is still right.
                }
            }
            return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            return written;
        }
    }

    private static Map<String, String> xmpProperties(Metadata metadata) {
        XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        return xmp == null ? Map.of() : xmp.getXmpProperties();
    }

    private static String string(Directory directory, int tag) {
        if (directory == null) {
            return null;
        }
        String value = directory.getString(tag);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String first(String value, String fallback) {
        return value != null && !value.isBlank() ? value.strip() : fallback;
    }

    private static String describe(Tag tag) {
        try {
            String description = tag.getDescription();
            return description == null ? "" : description;
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String shortened(String value) {
        String clean = value.replace('\u0000', ' ').strip();
        return clean.length() <= MAX_VALUE_CHARS ? clean : clean.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
