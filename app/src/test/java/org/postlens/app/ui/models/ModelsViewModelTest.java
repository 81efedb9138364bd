package org.postlens.app.ui.models;

import org.junit.jupiter.api.extension.ExtendWith;
import org.postlens.app.testing.HideShippedPacks;
import org.postlens.app.testing.UseTestHome;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.settings.AppSettings;
import org.postlens.app.testing.StandInModelPacks;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.runtime.DevicePreference;

/**
 * Analyse ▸ Models on the real catalog scan. Listing does not run the models, so the packs hold a stand-in model
 * file (as in ModelsCommandTest): what is checked is the folder (files, sha256, card, labels).
 */
@ExtendWith(HideShippedPacks.class)
@ExtendWith(UseTestHome.class)
class ModelsViewModelTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();

    /** DJL's cache dir is fixed per process: the model-using tests share the one inside target/. */

    @Test
    void aFolderWithAGoodAndABrokenPackListsOneUsableAndOneInvalidWithItsMessage() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        StandInModelPacks.pack(packs, "sentiment-en", "sentiment", "en", null);
        StandInModelPacks.pack(packs, "stance-en", "stance", "en", "0".repeat(64));
        ModelsViewModel models = viewModel(settings());

        models.addFolder(packs);

        assertThat(models.folders()).containsExactly(packs.toAbsolutePath().normalize());
        assertThat(models.packs()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("sentiment-en");
            assertThat(row.task()).isEqualTo("sentiment");
            assertThat(row.languages()).isEqualTo("en");
            assertThat(row.engine()).isEqualTo("OnnxRuntime");
            assertThat(row.version()).isEqualTo("1.0.0");
            assertThat(row.origin()).isEqualTo("user");
            assertThat(row.folder()).isEqualTo(packs.resolve("sentiment-en").toAbsolutePath().normalize());
        });
        assertThat(models.invalid()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("stance-en");
            assertThat(row.origin()).isEqualTo("user");
            assertThat(row.error()).contains("pack 'stance-en'", "model.onnx sha256 is ");
            assertThat(row.problem()).startsWith("model.onnx sha256 is ").contains("0".repeat(64));
        });
        assertThat(models.busyProperty().get()).isFalse();
        assertThat(models.statusProperty().get()).startsWith("1 pack can be used \u00b7 1 cannot");
        assertThat(models.builtIn()).startsWith("Built in: all-MiniLM-L6-v2");
        assertThat(errors).isEmpty();
    }

    @Test
    void aFolderThatIsOnePackIsListedToo() throws Exception {
        Path single = StandInModelPacks.pack(dir, "irony-en", "irony", "en", null);
        ModelsViewModel models = viewModel(settings());

        models.addFolder(single);
        models.addFolder(single); // twice: kept once

        assertThat(models.folders()).hasSize(1);
        assertThat(models.packs()).extracting(ModelsViewModel.PackRow::id).containsExactly("irony-en");
        assertThat(models.invalid()).isEmpty();
    }

    @Test
    void removingAFolderForgetsItAndItsPacks() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        StandInModelPacks.pack(first, "sentiment-en", "sentiment", "en", null);
        StandInModelPacks.pack(second, "hate-ar", "hate", "ar", null);
        ModelsViewModel models = viewModel(settings());
        models.addFolder(first);
        models.addFolder(second);
        assertThat(models.packs()).extracting(ModelsViewModel.PackRow::id).containsExactly("hate-ar", "sentiment-en");

        models.removeFolder(models.folders().get(0));

        assertThat(models.folders()).containsExactly(second.toAbsolutePath().normalize());
        assertThat(models.packs()).extracting(ModelsViewModel.PackRow::id).containsExactly("hate-ar");
        assertThat(Files.exists(first.resolve("sentiment-en").resolve("model.onnx"))).as("files are left alone").isTrue();
        assertThat(settings().modelFolders()).containsExactly(second.toAbsolutePath().normalize());
    }

    @Test
    void theFoldersSurviveANewViewModelAndSettingsInstance() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        StandInModelPacks.pack(packs, "sentiment-en", "sentiment", "en", null);
        viewModel(settings()).addFolder(packs);

        ModelsViewModel reopened = viewModel(settings());
        assertThat(reopened.folders()).containsExactly(packs.toAbsolutePath().normalize());
        reopened.refresh();
        assertThat(reopened.packs()).extracting(ModelsViewModel.PackRow::id).containsExactly("sentiment-en");
    }

    @Test
    void aFolderThatIsGoneIsListedAsACannotBeUsed() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        ModelsViewModel models = viewModel(settings());
        models.addFolder(packs);
        Files.delete(packs);

        models.refresh();

        assertThat(models.packs()).isEmpty();
        assertThat(models.invalid()).singleElement().satisfies(row -> assertThat(row.error()).contains("does not exist"));
    }

    @Test
    void checkRunsTheModelsSoAStandInModelIsRefused() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        StandInModelPacks.pack(packs, "sentiment-en", "sentiment", "en", null);
        ModelsViewModel models = viewModel(settings());
        models.addFolder(packs);
        assertThat(models.packs()).hasSize(1);

        models.check();

        assertThat(models.packs()).isEmpty();
        assertThat(models.invalid()).singleElement().satisfies(row -> assertThat(row.error()).startsWith("pack 'sentiment-en': "));
        assertThat(models.statusProperty().get()).contains("run once");
        assertThat(models.busyProperty().get()).isFalse();
    }

    @Test
    void aFailingScanIsReportedAndTheWindowIsUsableAgain() {
        ModelsViewModel models = new ModelsViewModel(settings(), (folders, check) -> {
            throw new java.io.IOException("disk on fire");
        }, new CurrentThreadTaskExecutor(), errors::add);

        models.refresh();

        assertThat(errors).singleElement().asString().contains("disk on fire");
        assertThat(models.busyProperty().get()).isFalse();
    }

    @Test
    void theDeviceAndFoldersAreKeptInTheSettingsFile() throws Exception {
        AppSettings settings = settings();
        settings.setDevice(DevicePreference.CPU);
        settings.setModelFolders(List.of(dir.resolve("a"), dir.resolve("b")));

        AppSettings reloaded = settings();
        assertThat(reloaded.device()).isEqualTo(DevicePreference.CPU);
        assertThat(reloaded.modelFolders()).containsExactly(dir.resolve("a"), dir.resolve("b"));
        assertThat(Files.readString(settingsFile())).contains("\"device\" : \"cpu\"", "\"modelFolders\"");
        try (var files = Files.list(settingsFile().getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no temp file left").containsExactly("settings.json");
        }
    }

    @Test
    void aDamagedOrMissingSettingsFileGivesTheDefaults() throws Exception {
        assertThat(settings().device()).isEqualTo(DevicePreference.AUTO);
        assertThat(settings().modelFolders()).isEmpty();

        for (String damaged : List.of("{\"modelFolders\": [\"/tmp/pa", "[1, 2]", "", "\u0000\u0001",
                "{\"modelFolders\": \"not a list\", \"device\": \"quantum\"}", "{\"modelFolders\": [null, 3, \"\"]}")) {
            Files.createDirectories(settingsFile().getParent());
            Files.writeString(settingsFile(), damaged);
            AppSettings settings = settings();
            assertThat(settings.device()).as(damaged).isEqualTo(DevicePreference.AUTO);
            assertThat(settings.modelFolders()).as(damaged).isEmpty();
            assertThat(viewModel(settings).folders()).isEmpty();
        }

        Files.writeString(settingsFile(), "{\"device\": \"gpu\", \"future\": {\"key\": 1}}");
        assertThat(settings().device()).as("unknown keys are ignored").isEqualTo(DevicePreference.GPU);
        AppSettings settings = settings();
        settings.setModelFolders(List.of(dir.resolve("packs")));
        assertThat(settings().modelFolders()).as("a damaged file is replaced on the next change").containsExactly(dir.resolve("packs"));
    }

    private Path settingsFile() {
        return new AppDirectories(dir.resolve("home")).settingsFile();
    }

    private AppSettings settings() {
        return AppSettings.load(settingsFile());
    }

    private ModelsViewModel viewModel(AppSettings settings) {
        return new ModelsViewModel(settings, ModelsViewModel.standardScanner(new AppDirectories(dir.resolve("home"))),
                new CurrentThreadTaskExecutor(), errors::add);
    }
}
