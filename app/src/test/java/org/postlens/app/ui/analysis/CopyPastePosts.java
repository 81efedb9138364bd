package org.postlens.app.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;

/**
 * A small story for the embedding views: one text copied by three accounts (the earliest is not the first row
 * of the file), a post with a paraphrase of it in other words, and unrelated posts.
 */
final class CopyPastePosts {

    static final String QUERY = "q1";
    static final String PARAPHRASE = "q2";
    static final String FIRST_COPY = "c2";

    private CopyPastePosts() {
    }

    static List<String> rows() {
        return List.of(
                "c1,2026-03-14T10:20:00Z,bot_alpha,\"URGENT: the Maralta dam has burst, leave the lower town now! Share before they delete this\",1,40,0,300,en",
                "q1,2026-03-14T09:00:00Z,reporter_one,\"Flood waters reach the old bridge in Maralta\",120,30,4,5000,en",
                "c2,2026-03-14T09:55:00Z,bot_beta,\"URGENT: the Maralta dam has burst, leave the lower town now! Share before they delete this\",2,55,0,410,en",
                "u1,2026-03-14T11:00:00Z,city_news,\"Power restored in three neighbourhoods, the city says\",30,5,1,800,en",
                "q2,2026-03-14T12:30:00Z,layla,\"The river has risen as far as the old Maralta bridge\",45,9,2,900,en",
                "c3,2026-03-15T08:10:00Z,bot_gamma,\"URGENT:  the Maralta dam has burst, leave the lower town now!! Share before they delete this\",0,61,0,120,en",
                "u2,2026-03-15T13:00:00Z,fact_desk,\"Volunteers hand out bottled water at the central station\",80,12,3,2100,en",
                "u3,2026-03-16T07:05:00Z,priya,\"School exams postponed by one week across the district\",60,20,8,3000,en");
    }

    static Project project(Path dir) throws Exception {
        Project project = Project.create(dir.resolve("story-" + System.nanoTime() + ".postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "story.csv", rows()));
        return project;
    }

    static long id(Project project, String sourceId) {
        return project.posts().findBySourceId("", sourceId).orElseThrow().id();
    }
}
