package org.postlens.app.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.ImageMetadata;

class ImageMetadataExtractorTest {

    @Test
    void readsCameraSoftwareTimeWithOffsetAndGpsFromExif() {
        byte[] jpeg = new ExifJpeg().camera("Canon", "Canon EOS 5D").software("Adobe Photoshop 25.0")
                .taken("2026:03:04 09:30:00", "+02:00").gps(52.520139, 13.41).jpeg(1);

        ImageMetadataExtractor.Result result = ImageMetadataExtractor.read(jpeg);

        ImageMetadata metadata = result.metadata();
        assertThat(result.problem()).isNull();
        assertThat(metadata.camera()).isEqualTo("Canon EOS 5D");
        assertThat(metadata.software()).isEqualTo("Adobe Photoshop 25.0");
        assertThat(metadata.takenAt()).isEqualTo("2026-03-04T09:30:00+02:00");
        assertThat(metadata.latitude()).isCloseTo(52.520139, within(1e-5));
        assertThat(metadata.longitude()).isCloseTo(13.41, within(1e-5));
        assertThat(metadata.gpsText()).isEqualTo("52.520139, 13.410000");
        assertThat(metadata.tags()).extracting(ImageMetadata.Tag::name)
                .contains("Make", "Model", "Software", "Date/Time Original", "GPS Latitude", "GPS Longitude");
    }

    @Test
    void southAndWestAreNegativeAndATimeWithoutOffsetStaysLocal() {
        byte[] jpeg = new ExifJpeg().camera("Apple", "iPhone 15").taken("2025:12:31 23:59:58", null)
                .gps(-33.856784, -70.65).jpeg(2);

        ImageMetadata metadata = ImageMetadataExtractor.read(jpeg).metadata();

        assertThat(metadata.camera()).isEqualTo("Apple iPhone 15");
        assertThat(metadata.software()).isNull();
        assertThat(metadata.takenAt()).isEqualTo("2025-12-31T23:59:58");
        assertThat(metadata.latitude()).isCloseTo(-33.856784, within(1e-5));
        assertThat(metadata.longitude()).isCloseTo(-70.65, within(1e-5));
    }

    @Test
    void anImageWithoutMetadataHasNone() {
        ImageMetadata metadata = ImageMetadataExtractor.read(ExifJpeg.plainJpeg(3)).metadata();

        assertThat(metadata.camera()).isNull();
        assertThat(metadata.takenAt()).isNull();
        assertThat(metadata.hasGps()).isFalse();
    }

    @Test
    void damagedImagesGiveAProblemAndNeverThrow() {
        byte[] jpeg = new ExifJpeg().camera("Canon", "EOS R5").gps(1, 2).jpeg(4);
        byte[] truncated = Arrays.copyOf(jpeg, 60);
        byte[] garbage = new byte[300];
        new java.util.Random(7).nextBytes(garbage);
        byte[] brokenExif = jpeg.clone();
        // Point IFD0 far outside the segment.
        brokenExif[2 + 4 + 6 + 4] = 0x7F;

        ImageFactsReader reader = ImageFactsReader.standard();
        for (byte[] bytes : new byte[][] {truncated, garbage, brokenExif, new byte[0]}) {
            ImageFacts facts = reader.read(bytes);
            assertThat(facts.problem()).as("problem for %d bytes", bytes.length).isNotBlank();
        }
        assertThat(reader.read(garbage).fingerprint()).isNull();
    }

    @Test
    void aGoodImageGetsAFingerprintAndNoProblem() {
        ImageFacts facts = ImageFactsReader.standard().read(new ExifJpeg().software("GIMP 2.10").jpeg(5));

        assertThat(facts.problem()).isNull();
        assertThat(facts.fingerprint()).isNotNull();
        assertThat(facts.hashAlgorithm()).isEqualTo(PerceptualHash.DEFAULT.name());
        assertThat(facts.metadata().software()).isEqualTo("GIMP 2.10");
    }
}
