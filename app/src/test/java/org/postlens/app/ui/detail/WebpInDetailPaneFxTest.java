package org.postlens.app.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postlens.app.domain.Media;
import org.postlens.app.media.LosslessWebp;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** JavaFX cannot read WebP; the detail pane shows it all the same. */
@ExtendWith(ApplicationExtension.class)
class WebpInDetailPaneFxTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aWebpImageIsShown() {
        byte[] webp = LosslessWebp.halfGreen(64, 32);
        assertThat(new Image(new ByteArrayInputStream(webp)).isError()).as("JavaFX alone").isTrue();

        Image image = PostDetailView.fxImage(new Media("x", "image/webp", webp.length, 64, 32, webp));
        assertThat(image.isError()).isFalse();
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getPixelReader().getArgb(4, 4)).isEqualTo(0xFF00FF00);
        assertThat(image.getPixelReader().getArgb(60, 4)).isEqualTo(0xFF000000);
    }
}
