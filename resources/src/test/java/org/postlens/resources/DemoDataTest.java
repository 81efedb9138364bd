package org.postlens.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static List<JsonNode> posts;

    @BeforeAll
    static void readPosts() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        posts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(DemoData.openPosts(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                posts.add(mapper.readTree(line));
            }
        }
    }

    @Test
    void hasEnoughPostsWithUniqueIds() {
        assertThat(posts).hasSizeGreaterThanOrEqualTo(300);
        Set<String> ids = posts.stream().map(p -> p.get("id").asText()).collect(Collectors.toSet());
        assertThat(ids).hasSize(posts.size());
    }

    @Test
    void everyPostHasTheRequiredFields() {
        for (JsonNode post : posts) {
            assertThat(post.path("text").asText()).as(post.toString()).isNotBlank();
            assertThat(post.path("author").asText()).as(post.toString()).isNotBlank();
            assertThat(post.path("url").asText()).startsWith("https://example.org/");
            OffsetDateTime.parse(post.get("created_at").asText());
            for (String count : List.of("likes", "shares", "replies", "views")) {
                assertThat(post.get(count).isInt()).as(count + " in " + post.get("id")).isTrue();
                assertThat(post.get(count).asInt()).isNotNegative();
            }
        }
    }

    @Test
    void mixesThreeLanguagesAndLeavesSomeUnlabelled() {
        Map<String, Long> byLang = posts.stream().collect(Collectors.groupingBy(
                p -> p.path("lang").asText("none"), Collectors.counting()));
        assertThat(byLang).containsOnlyKeys("en", "ar", "hi", "none");
        assertThat(byLang.get("en")).isGreaterThan(byLang.get("ar"));
        assertThat(byLang.get("ar")).isGreaterThan(byLang.get("hi"));
        assertThat(byLang.get("none")).isBetween(posts.size() / 20L, posts.size() / 6L);
    }

    @Test
    void hasManyAccountsWithSomePostingALot() {
        Map<String, Long> byAuthor = posts.stream().collect(Collectors.groupingBy(
                p -> p.get("author").asText(), Collectors.counting()));
        assertThat(byAuthor).hasSizeBetween(35, 50);
        assertThat(byAuthor.values().stream().mapToLong(Long::longValue).max().orElse(0)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void imagesAreOnAboutAQuarterOfPostsAndAllExistInTheImageList() {
        Set<String> known = new HashSet<>(DemoData.imageNames());
        List<String> named = posts.stream()
                .flatMap(p -> StreamSupport.stream(p.path("images").spliterator(), false))
                .map(JsonNode::asText)
                .toList();
        assertThat(known).isNotEmpty();
        assertThat(named).allSatisfy(name -> assertThat(known).contains(name));
        long withImages = posts.stream().filter(p -> p.has("images")).count();
        assertThat(withImages).isBetween(posts.size() / 5L, posts.size() / 3L);
    }

    @Test
    void containsCoordinatedNearIdenticalPosts() {
        Map<String, Long> byText = posts.stream().collect(Collectors.groupingBy(
                p -> p.get("text").asText(), Collectors.counting()));
        assertThat(byText.values()).filteredOn(n -> n >= 3).isNotEmpty();
    }

    @Test
    void imageListHasNoDuplicates() {
        List<String> names = DemoData.imageNames();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.startsWith("images/"));
    }
}
