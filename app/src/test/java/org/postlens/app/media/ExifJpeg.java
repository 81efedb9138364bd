package org.postlens.app.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * JPEGs with EXIF written here, byte by byte: an APP1 segment holding a big-endian TIFF structure with IFD0 (make,
 * model, software), the Exif IFD (original time and its offset) and the GPS IFD. No third-party files.
 */
public final class ExifJpeg {

    private static final int ASCII = 2;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;

    private String make;
    private String model;
    private String software;
    private String dateTimeOriginal;
    private String offsetTimeOriginal;
    private double[] gps;

    public ExifJpeg camera(String cameraMake, String cameraModel) {
        this.make = cameraMake;
        this.model = cameraModel;
        return this;
    }

    public ExifJpeg software(String name) {
        this.software = name;
        return this;
    }

    /** {@code "2026:03:04 09:30:00"}, and {@code "+02:00"} or null. */
    public ExifJpeg taken(String exifTime, String offset) {
        this.dateTimeOriginal = exifTime;
        this.offsetTimeOriginal = offset;
        return this;
    }

    public ExifJpeg gps(double latitude, double longitude) {
        this.gps = new double[] {latitude, longitude};
        return this;
    }

    /** A small picture (its colour from {@code seed}) with this EXIF block right after the start-of-image marker. */
    public byte[] jpeg(int seed) {
        return into(plainJpeg(seed));
    }

    /** A copy of {@code plain} (a JPEG) with this EXIF block right after the start-of-image marker. */
    public byte[] into(byte[] plain) {
        byte[] tiff = tiff();
        ByteBuffer out = ByteBuffer.allocate(plain.length + 4 + 6 + tiff.length);
        out.put(plain, 0, 2);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        out.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        out.put(plain, 2, plain.length - 2);
        return out.array();
    }

    public static byte[] plainJpeg(int seed) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed * 40 % 256, seed * 90 % 256, seed * 150 % 256));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillOval(8 + seed % 20, 8, 30, 20);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private record Entry(int tag, int type, int count, byte[] value) {}

    private byte[] tiff() {
        List<Entry> exif = new ArrayList<>();
        if (dateTimeOriginal != null) {
            exif.add(ascii(0x9003, dateTimeOriginal));
        }
        if (offsetTimeOriginal != null) {
            exif.add(ascii(0x9011, offsetTimeOriginal));
        }
        List<Entry> gpsEntries = new ArrayList<>();
        if (gps != null) {
            gpsEntries.add(ascii(0x0001, gps[0] < 0 ? "S" : "N"));
            gpsEntries.add(degrees(0x0002, Math.abs(gps[0])));
            gpsEntries.add(ascii(0x0003, gps[1] < 0 ? "W" : "E"));
            gpsEntries.add(degrees(0x0004, Math.abs(gps[1])));
        }
        // The pointers' values do not change IFD0's size: lay it out with stand-ins first.
        int exifOffset = 8 + size(ifd0(exif.isEmpty() ? 0 : 1, gpsEntries.isEmpty() ? 0 : 1));
        int gpsOffset = exifOffset + (exif.isEmpty() ? 0 : size(exif));
        List<Entry> ifd0 = ifd0(exif.isEmpty() ? 0 : exifOffset, gpsEntries.isEmpty() ? 0 : gpsOffset);
        ByteBuffer out = ByteBuffer.allocate(gpsOffset + (gpsEntries.isEmpty() ? 0 : size(gpsEntries)));
        out.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        write(out, ifd0, 8);
        if (!exif.isEmpty()) {
            write(out, exif, exifOffset);
        }
        if (!gpsEntries.isEmpty()) {
            write(out, gpsEntries, gpsOffset);
        }
        return out.array();
    }

    private List<Entry> ifd0(int exifOffset, int gpsOffset) {
        List<Entry> entries = new ArrayList<>();
        if (make != null) {
            entries.add(ascii(0x010F, make));
        }
        if (model != null) {
            entries.add(ascii(0x0110, model));
        }
        if (software != null) {
            entries.add(ascii(0x0131, software));
        }
        if (exifOffset > 0) {
            entries.add(new Entry(0x8769, LONG, 1, ByteBuffer.allocate(4).putInt(exifOffset).array()));
        }
        if (gpsOffset > 0) {
            entries.add(new Entry(0x8825, LONG, 1, ByteBuffer.allocate(4).putInt(gpsOffset).array()));
        }
        return entries;
    }

    /** Entry table, next-IFD pointer, then the values longer than four bytes (each padded to an even length). */
    private static int size(List<Entry> entries) {
        int size = 2 + 12 * entries.size() + 4;
        for (Entry entry : entries) {
            if (entry.value().length > 4) {
                size += entry.value().length + (entry.value().length & 1);
            }
        }
        return size;
    }

    private static void write(ByteBuffer out, List<Entry> entries, int offset) {
        out.position(offset);
        out.putShort((short) entries.size());
        int data = offset + 2 + 12 * entries.size() + 4;
        List<byte[]> later = new ArrayList<>();
        for (Entry entry : entries) {
            out.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
            if (entry.value().length <= 4) {
                byte[] inline = new byte[4];
                System.arraycopy(entry.value(), 0, inline, 0, entry.value().length);
                out.put(inline);
            } else {
                out.putInt(data);
                later.add(entry.value());
                data += entry.value().length + (entry.value().length & 1);
            }
        }
        out.putInt(0);
        for (byte[] value : later) {
            out.put(value);
            if ((value.length & 1) == 1) {
                out.put((byte) 0);
            }
        }
    }

    private static Entry ascii(int tag, String text) {
        byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        return new Entry(tag, ASCII, bytes.length, bytes);
    }

    /** Degrees, minutes and seconds as three rationals (seconds in thousandths). */
    private static Entry degrees(int tag, double value) {
        int degrees = (int) value;
        double minutesFull = (value - degrees) * 60;
        int minutes = (int) minutesFull;
        long milliSeconds = Math.round((minutesFull - minutes) * 60 * 1000);
        ByteBuffer bytes = ByteBuffer.allocate(24);
        bytes.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) milliSeconds).putInt(1000);
        return new Entry(tag, RATIONAL, 3, bytes.array());
    }
}
