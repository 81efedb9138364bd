package org.postlens.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.store.Project;

class DemoProjectBuilderTest {

    @TempDir
    Path dir;

    @Test
    void theDemoProjectHoldsEveryDemoPostWithItsImagesInThreeLanguages() throws Exception {
        Path demo = DemoProjectBuilder.ensure(dir.resolve("demo/Demo.postlens"));

        try (var files = Files.list(demo.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("demo-build"))).isEmpty();
        }
        try (Project project = Project.open(demo)) {
            assertThat(project.stats().posts()).isGreaterThanOrEqualTo(300);
            assertThat(project.stats().importErrors()).isZero();
            assertThat(project.stats().importWarnings()).isZero();
            assertThat(project.stats().media()).isGreaterThanOrEqualTo(20);
            assertThat(project.posts().languages()).contains("en", "ar", "hi");
            assertThat(project.posts().count(PostQuery.all().withSearch("flood"))).isPositive();
            assertThat(project.posts().count(PostQuery.all().withSearch("فيضان"))).isPositive();
            assertThat(project.posts().count(PostQuery.all().withSearch("बाढ़"))).isPositive();
            assertThat(project.posts().count(PostQuery.all().withHasImage(true))).isPositive();
        }
        long size = Files.size(demo);
        assertThat(DemoProjectBuilder.ensure(demo)).isEqualTo(demo);
        assertThat(Files.size(demo)).isEqualTo(size);
    }
}
