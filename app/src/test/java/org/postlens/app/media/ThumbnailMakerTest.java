package org.postlens.app.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.postlens.app.domain.Thumbnail;

class ThumbnailMakerTest {

    private static BufferedImage decode(Thumbnail thumbnail) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
    }

    private static void assertColour(int rgb, Color expected) {
        Color actual = new Color(rgb, true);
        assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of %s", actual).isLessThan(24);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of %s", actual).isLessThan(24);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of %s", actual).isLessThan(24);
    }

    @Test
    void aLargeJpegBecomesAJpegThatFitsTheSizeKeepingItsShape() throws Exception {
        Thumbnail thumbnail = ThumbnailMaker.make("a", TestImages.solid("jpeg", 3000, 1500, Color.ORANGE));
        assertThat(thumbnail.mime()).isEqualTo("image/jpeg");
        assertThat(thumbnail.width()).isEqualTo(256);
        assertThat(thumbnail.height()).isEqualTo(128);
        BufferedImage image = decode(thumbnail);
        assertThat(image.getWidth()).isEqualTo(256);
        assertColour(image.getRGB(128, 64), Color.ORANGE);
    }

    @Test
    void aSmallImageIsNotEnlarged() throws Exception {
        Thumbnail thumbnail = ThumbnailMaker.make("a", TestImages.solid("png", 40, 30, Color.GREEN));
        assertThat(thumbnail.width()).isEqualTo(40);
        assertThat(thumbnail.height()).isEqualTo(30);
    }

    @Test
    void aTransparentPngKeepsItsTransparency() throws Exception {
        Thumbnail thumbnail = ThumbnailMaker.make("a", TestImages.transparentPng(600, 600));
        assertThat(thumbnail.mime()).isEqualTo("image/png");
        BufferedImage image = decode(thumbnail);
        assertThat(new Color(image.getRGB(0, 0), true).getAlpha()).as("corner outside the circle").isZero();
        assertColour(image.getRGB(128, 128), Color.BLUE);
    }

    @Test
    void anAnimatedGifShowsItsFirstFrame() throws Exception {
        byte[] gif = TestImages.animatedGif(300, 200);
        assertThat(ImageInspector.inspect(gif).mime()).isEqualTo("image/gif");
        Thumbnail thumbnail = ThumbnailMaker.make("a", gif);
        assertColour(decode(thumbnail).getRGB(100, 60), Color.RED);
    }

    @Test
    void aLosslessWebpIsRead() throws Exception {
        byte[] webp = LosslessWebp.halfGreen(64, 32);
        ImageInspector.ImageInfo info = ImageInspector.inspect(webp);
        assertThat(info).isEqualTo(new ImageInspector.ImageInfo("image/webp", 64, 32));

        BufferedImage frame = ImageDecoder.firstFrame(webp, 256);
        assertThat(new Color(frame.getRGB(5, 5))).isEqualTo(new Color(0, 255, 0));
        assertThat(new Color(frame.getRGB(60, 30))).isEqualTo(Color.BLACK);

        Thumbnail thumbnail = ThumbnailMaker.make("a", webp);
        assertThat(thumbnail.mime()).as("JavaFX cannot show WebP: thumbnails are JPEG").isEqualTo("image/jpeg");
        assertColour(decode(thumbnail).getRGB(8, 16), Color.GREEN);
    }

    @Test
    void damagedImagesAreRefusedWithAReason() throws Exception {
        byte[] png = TestImages.solid("png", 400, 300, Color.RED);
        assertThatThrownBy(() -> ThumbnailMaker.make("a", TestImages.truncated(png, 0.5)))
                .isInstanceOf(ImageInspector.InvalidImageException.class)
                .hasMessageContaining("damaged or truncated");
        // A JPEG cut short decodes half grey with only a warning: refused all the same.
        byte[] jpeg = TestImages.solid("jpeg", 800, 600, Color.RED);
        assertThatThrownBy(() -> ThumbnailMaker.make("a", TestImages.truncated(jpeg, 0.6)))
                .isInstanceOf(ImageInspector.InvalidImageException.class)
                .hasMessageContaining("damaged or truncated");
        assertThatThrownBy(() -> ThumbnailMaker.make("a", "not an image at all".getBytes()))
                .isInstanceOf(ImageInspector.InvalidImageException.class)
                .hasMessageContaining("WebP");
        byte[] webp = LosslessWebp.halfGreen(64, 32);
        assertThatThrownBy(() -> ThumbnailMaker.make("a", TestImages.truncated(webp, 0.6)))
                .isInstanceOf(ImageInspector.InvalidImageException.class);
    }
}
