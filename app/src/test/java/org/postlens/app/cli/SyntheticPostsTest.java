package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.postlens.app.cli.bench.SyntheticPosts;

class SyntheticPostsTest {

    @Test
    void postsAreDeterministicRealisticAndAlwaysValidUtf16() {
        SyntheticPosts first = new SyntheticPosts(1, 50_000);
        SyntheticPosts second = new SyntheticPosts(1, 50_000);
        var encoder = StandardCharsets.UTF_8.newEncoder();
        java.util.Set<String> handles = new java.util.HashSet<>();
        java.util.Map<String, Integer> langs = new java.util.HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            SyntheticPosts.Post post = first.next();
            assertThat(second.next()).isEqualTo(post);
            assertThat(post.text().length()).isBetween(40, 280);
            assertThat(encoder.canEncode(post.text())).as(post.text()).isTrue();
            handles.add(post.author());
            langs.merge(post.lang(), 1, Integer::sum);
        }
        assertThat(handles.size()).isBetween(2_000, 2_500);
        assertThat(langs).containsOnlyKeys("en", "ar", "hi");
    }
}
