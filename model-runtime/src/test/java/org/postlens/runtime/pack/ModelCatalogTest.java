package org.postlens.runtime.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogTest {

    @TempDir
    Path shipped;

    @TempDir
    Path user;

    @BeforeAll
    static void offline() {
        OfflineDjl.configure();
    }

    @Test
    void brokenPackIsListedWithItsErrorNextToAGoodOne() {
        new TestPackBuilder(user, "sentiment-en").write();
        new TestPackBuilder(user, "hate-en").cardSha256("0".repeat(64)).write();

        ModelCatalog catalog = ModelCatalog.scan(List.of(), List.of(user), new ModelPackLoader());

        assertThat(catalog.packs()).extracting(ModelPack::id).containsExactly("sentiment-en");
        assertThat(catalog.invalid()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("hate-en");
            assertThat(entry.error()).startsWith("pack 'hate-en': model.onnx sha256 is ");
            assertThat(entry.origin()).isEqualTo(ModelCatalog.Origin.USER);
        });
        assertThat(catalog.entries()).hasSize(2);
    }

    @Test
    void usersPackReplacesShippedPackOfTheSameId() {
        new TestPackBuilder(shipped, "sentiment-en").seed(1).write();
        new TestPackBuilder(shipped, "stance-en").logits(3).labels("against", "favor", "none").write();
        Path mine = new TestPackBuilder(user, "sentiment-en").seed(2).write();

        ModelCatalog catalog = ModelCatalog.scan(List.of(shipped), List.of(user), new ModelPackLoader(false));

        assertThat(catalog.packs()).extracting(ModelPack::id).containsExactly("sentiment-en", "stance-en");
        assertThat(catalog.pack("sentiment-en")).get().extracting(ModelPack::folder).isEqualTo(mine.toAbsolutePath().normalize());
        assertThat(catalog.entries()).filteredOn(e -> e.id().equals("sentiment-en"))
                .singleElement().extracting(ModelCatalog.Entry::origin).isEqualTo(ModelCatalog.Origin.USER);
        assertThat(catalog.packsFor("sentiment")).hasSize(2);
    }

    @Test
    void aRootThatIsItselfAPackIsListed() {
        Path single = new TestPackBuilder(user, "irony-en").write();

        ModelCatalog catalog = ModelCatalog.scan(List.of(), List.of(single), new ModelPackLoader(false));

        assertThat(catalog.packs()).extracting(ModelPack::id).containsExactly("irony-en");
    }

    @Test
    void missingRootIsReportedNotFatal() {
        new TestPackBuilder(user, "sentiment-en").write();

        ModelCatalog catalog = ModelCatalog.scan(List.of(user.resolve("nowhere")), List.of(user), new ModelPackLoader(false));

        assertThat(catalog.packs()).hasSize(1);
        assertThat(catalog.invalid()).singleElement().extracting(ModelCatalog.Entry::error).asString().contains("does not exist");
    }
}
