package org.postlens.app.embed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;

/**
 * A small collection with a paraphrase pair (r1, r2), a copy-paste campaign of four posts (c1-c4, first seen: c3,
 * which was imported third) and unrelated posts.
 */
public final class NewsPosts {

    public static final int WITH_TEXT = 12;

    public static final String CSV = """
            id,text,created_at,author
            r1,"Heavy rain flooded the main bridge in the city centre this morning.",2026-03-01T09:00:00Z,ann
            u1,"The football team won the championship final last night.",2026-03-01T10:00:00Z,bob
            c1,"SHARE NOW: the dam upstream has broken, evacuate the valley immediately! #flood",2026-03-02T09:00:00Z,acc1
            u2,"How to bake sourdough bread at home, step by step.",2026-03-01T11:00:00Z,cook
            c2,"Share now: the dam upstream has broken, evacuate the valley immediately!!",2026-03-02T08:00:00Z,acc2
            u3,"Stock markets fell sharply after the central bank raised interest rates.",2026-03-01T12:00:00Z,fin
            c3,"SHARE NOW: the dam upstream has broken, evacuate the valley immediately!",2026-03-02T07:00:00Z,acc3
            r2,"This morning a downpour left the central bridge of the city under water.",2026-03-01T13:00:00Z,carl
            u4,"Tickets for the summer music festival go on sale on Friday.",2026-03-01T14:00:00Z,music
            c4,"SHARE NOW - the dam upstream has broken, evacuate the valley immediately",2026-03-02T10:00:00Z,acc4
            u5,"My cat sleeps all day on the sofa and ignores everyone.",2026-03-01T15:00:00Z,pets
            u6,"The new phone has a bigger battery and a faster camera.",2026-03-01T16:00:00Z,tech
            """;

    private NewsPosts() {
    }

    public static Path csv(Path dir) throws Exception {
        return Files.writeString(dir.resolve("news.csv"), CSV, StandardCharsets.UTF_8);
    }

    public static Project project(Path dir) throws Exception {
        Project project = Project.create(dir.resolve("news.postlens"));
        new ImportService(project).importFile(csv(dir), ImportRequest.auto(), ProgressListener.none(),
                CancellationToken.none());
        return project;
    }
}
