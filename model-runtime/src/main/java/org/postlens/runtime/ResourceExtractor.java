package org.postlens.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a classpath resource to a file once, and again whenever the file's sha256 is not the expected one. */
final class ResourceExtractor {

    private ResourceExtractor() {}

    static Path extract(String resource, String expectedSha256, Path target) throws IOException {
        if (Files.isRegularFile(target) && sha256(target).equals(expectedSha256)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        // A unique temporary file and an atomic rename: a crash or a second process never leaves a partial file.
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            String actual;
            try (InputStream in = ResourceExtractor.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("Resource " + resource + " is not on the classpath");
                }
                DigestInputStream digesting = new DigestInputStream(in, newDigest());
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    digesting.transferTo(out);
                }
                actual = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
            }
            if (!actual.equals(expectedSha256)) {
                throw new IOException("Resource " + resource + " has sha256 " + actual + ", expected " + expectedSha256);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
