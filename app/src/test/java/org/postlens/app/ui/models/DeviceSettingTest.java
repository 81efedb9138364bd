package org.postlens.app.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.runtime.DevicePreference;

/** Analyse ▸ Device is remembered: a new app (a new AppContext on the same data dir) starts on the last choice. */
class DeviceSettingTest {

    @TempDir
    Path dir;

    @Test
    void theDeviceChoiceSurvivesARestart() {
        AppDirectories directories = new AppDirectories(dir.resolve("home"));
        AppContext first = AppContext.standard(directories, new CurrentThreadTaskExecutor());
        assertThat(first.encoders().deviceProperty().get()).isEqualTo(DevicePreference.AUTO);

        first.encoders().deviceProperty().set(DevicePreference.CPU);
        first.encoders().close();

        AppContext second = AppContext.standard(directories, new CurrentThreadTaskExecutor());
        assertThat(second.encoders().deviceProperty().get()).isEqualTo(DevicePreference.CPU);
        assertThat(second.settings().device()).isEqualTo(DevicePreference.CPU);
        second.encoders().close();
    }
}
