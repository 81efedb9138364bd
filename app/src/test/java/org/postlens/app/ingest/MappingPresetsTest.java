package org.postlens.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingPresetsTest {

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsPresetsByName() throws IOException {
        MappingPresets presets = new MappingPresets(dir.resolve("presets"));
        FieldMapping telegram = new FieldMapping(Map.of(PostField.TEXT, "message", PostField.IMAGES, "photo"),
                "telegram", ZoneId.of("Asia/Beirut"));
        FieldMapping generic = MappingDetector.detect(java.util.List.of("id", "text"));

        assertThat(presets.names()).isEmpty();
        presets.save("Telegram export", telegram);
        presets.save("تصدير/عام*", generic);
        presets.save("Telegram export", telegram.withZone(ZoneId.of("UTC")));

        assertThat(presets.names()).containsExactly("Telegram export", "تصدير/عام*");
        assertThat(presets.load("Telegram export")).contains(telegram.withZone(ZoneId.of("UTC")));
        assertThat(presets.load("تصدير/عام*")).contains(generic);
        assertThat(presets.load("missing")).isEmpty();
        try (var files = Files.list(dir.resolve("presets"))) {
            assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f.getParent()).isEqualTo(dir.resolve("presets")));
        }
    }

    @Test
    void mappingJsonRoundTripsAndIgnoresUnknownFields() throws IOException {
        FieldMapping mapping = new FieldMapping(Map.of(PostField.AUTHOR, "user.screen_name"), "twitter",
                ZoneId.of("Asia/Kolkata"));

        assertThat(FieldMapping.fromJson(mapping.toJson())).isEqualTo(mapping);
        assertThat(FieldMapping.fromJson("{\"columns\":{\"TEXT\":\"body\",\"FUTURE\":\"x\"}}"))
                .isEqualTo(new FieldMapping(Map.of(PostField.TEXT, "body"), "", null));
        assertThatThrownBy(() -> FieldMapping.fromJson("[1]")).isInstanceOf(IOException.class);
    }
}
