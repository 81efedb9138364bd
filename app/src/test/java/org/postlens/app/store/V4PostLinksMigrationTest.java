package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostLink;

class V4PostLinksMigrationTest {

    @TempDir
    Path dir;

    @Test
    void anOlderProjectGainsLinksAndDisplayNamesAndKeepsItsAccounts() throws Exception {
        Path file = V1Projects.create(dir.resolve("old.postlens"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO accounts (id, platform, handle) VALUES (1, '', 'old_hand')");
        }

        try (Project project = Project.open(file)) {
            assertThat(project.links().counts().total()).isZero();
            long before = project.stats().accounts();
            var source = project.imports().begin("/x", "x", "sha-x", "X_ARCHIVE", null);
            PostDraft reply = new PostDraft("twitter", "20", "a reply", null, "ann", null, null, null, null, null,
                    null, List.of(), "{}", 1, 1);
            PostDraft target = new PostDraft("twitter", "10", "the post", null, "bob", null, null, null, null, null,
                    null, List.of(), "{}", 2, 2);
            project.imports().write(new ImportBatch(source.id(), List.of(
                    new ImportBatch.NewPost(reply, List.of(),
                            List.of(new PostLink(PostLink.Kind.REPLY_TO, "twitter", "10", "bob")), "Ann A."),
                    new ImportBatch.NewPost(target, List.of(), List.of(), "Bob B.")), List.of(), 2));

            long replyId = project.posts().findBySourceId("twitter", "20").orElseThrow().id();
            long targetId = project.posts().findBySourceId("twitter", "10").orElseThrow().id();
            assertThat(project.links().from(replyId)).singleElement()
                    .satisfies(link -> assertThat(link.targetPostId()).as("target stored later in the same batch")
                            .isEqualTo(targetId));
            assertThat(project.stats().accounts()).isEqualTo(before + 2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT handle, display_name FROM accounts ORDER BY id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("handle")).isEqualTo("old_hand");
            assertThat(rows.getString("display_name")).as("accounts from before V4 have none").isNull();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("handle")).isEqualTo("ann");
            assertThat(rows.getString("display_name")).isEqualTo("Ann A.");
        }
    }
}
