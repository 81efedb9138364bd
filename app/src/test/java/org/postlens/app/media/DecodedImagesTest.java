package org.postlens.app.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class DecodedImagesTest {

    @Test
    void theSameBytesAreDecodedOncePerImport() throws Exception {
        DecodedImages decoded = new DecodedImages();
        byte[] logo = TestImages.solid("png", 300, 200, Color.CYAN);
        ImportedImage first = decoded.read(logo);
        ImportedImage again = decoded.read(logo.clone());

        assertThat(again.thumbnail()).as("not made a second time").isSameAs(first.thumbnail());
        assertThat(again.media().sha256()).isEqualTo(first.media().sha256());
        assertThat(again.media().bytes()).isEqualTo(logo);
        assertThat(again.media().width()).isEqualTo(300);

        ImportedImage other = decoded.read(TestImages.solid("png", 300, 200, Color.PINK));
        assertThat(other.thumbnail()).isNotSameAs(first.thumbnail());
    }

    @Test
    void damagedBytesAreRefusedEveryTime() throws Exception {
        DecodedImages decoded = new DecodedImages();
        byte[] cut = TestImages.truncated(TestImages.solid("png", 300, 200, Color.CYAN), 0.5);
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> decoded.read(cut)).isInstanceOf(ImageInspector.InvalidImageException.class);
        }
    }

    @Test
    void theImportReadsMetadataAndFingerprintFromTheThumbnailsDecode() throws Exception {
        DecodedImages decoded = new DecodedImages();
        byte[] photo = new ExifJpeg().camera("Canon", "EOS 5D").software("GIMP 2.10").gps(48.8584, 2.2945).jpeg(7);
        ImportedImage first = decoded.read(photo);
        ImportedImage again = decoded.read(photo.clone());

        assertThat(first.facts().metadata().camera()).contains("EOS 5D");
        assertThat(first.facts().metadata().software()).isEqualTo("GIMP 2.10");
        assertThat(first.facts().metadata().hasGps()).isTrue();
        assertThat(first.facts().fingerprint()).isNotNull();
        assertThat(again.facts()).as("not read a second time").isSameAs(first.facts());
        assertThat(first.facts().fingerprint())
                .as("the back-fill decodes as the import does, so it gets the same fingerprint")
                .isEqualTo(ImageFactsReader.standard().read(photo).fingerprint());
    }
}
