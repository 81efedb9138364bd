package org.postlens.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceSelectionTest {

    @TempDir
    Path cacheDir;

    @Test
    void autoTakesTheGpuOnlyWhenTheEngineReportsOne() {
        assertThat(DeviceSelection.select(DevicePreference.AUTO, 0)).isEqualTo(Device.cpu());
        assertThat(DeviceSelection.select(DevicePreference.AUTO, 1)).isEqualTo(Device.gpu());
        assertThat(DeviceSelection.select(DevicePreference.CPU, 1)).isEqualTo(Device.cpu());
        assertThat(DeviceSelection.select(DevicePreference.GPU, 2)).isEqualTo(Device.gpu());
    }

    @Test
    void aRequiredGpuThatIsMissingSaysWhatToInstall() {
        assertThatThrownBy(() -> DeviceSelection.select(DevicePreference.GPU, 0))
                .isInstanceOf(ModelRuntimeException.class)
                .hasMessageContaining("onnxruntime_gpu")
                .hasMessageContaining("CUDA 12")
                .hasMessageContaining("cuDNN 9");
    }

    @Test
    void namesDevicesAsRunsRecordThem() {
        assertThat(DeviceSelection.name(Device.cpu())).isEqualTo("cpu");
        assertThat(DeviceSelection.name(Device.gpu(1))).isEqualTo("gpu(1)");
    }

    @Test
    void encodesOnTheGpuWhenOneIsUsable() {
        RuntimeEnvironment.configure(cacheDir);
        Assumptions.assumeTrue(Engine.getEngine("OnnxRuntime").getGpuCount() > 0,
                "needs onnxruntime_gpu with CUDA 12 and cuDNN 9; this build has the CPU onnxruntime only");

        try (MiniLmTextEncoder gpu = MiniLmTextEncoder.open(cacheDir, DevicePreference.GPU);
                MiniLmTextEncoder cpu = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU)) {
            assertThat(gpu.model().device()).isEqualTo("gpu(0)");
            float[] onGpu = gpu.encode(List.of("a text on the gpu"))[0];
            float[] onCpu = cpu.encode(List.of("a text on the gpu"))[0];
            assertThat(MiniLmTextEncoderTest.dot(onGpu, onCpu)).isGreaterThan(0.9999);
        }
    }
}
