package org.postlens.app.ui.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;

/**
 * A real project for the active-learning window: posts about a flood, even ones calm and odd ones alarmed (each by
 * one cue word among filler), and a custom "mood" schema whose first posts "ana" labelled by their cue. Post 1 is
 * also labelled the other way by "bo": a disagreement, left out of training.
 */
final class LearnableProject {

    static final SchemaDraft MOOD = new SchemaDraft("mood", "Mood", SchemaKind.SINGLE, List.of("calm", "alarm"), "",
            List.of(), null);
    private static final String[] CALM = {"restored", "reopened", "thanks", "safe", "dry", "open"};
    private static final String[] ALARM = {"evacuate", "collapse", "danger", "trapped", "flooded", "help"};
    private static final String[] FILLER = "the city river road bridge people water near after today tonight report".split(" ");

    final Project project;
    final LabelSchema mood;
    final List<Long> ids;

    private LearnableProject(Project project, LabelSchema mood, List<Long> ids) {
        this.project = project;
        this.mood = mood;
        this.ids = ids;
    }

    /** {@code posts} posts, the first {@code labelled} of them labelled by ana (and post 1 by bo too). */
    static LearnableProject create(Path dir, int posts, int labelled) throws Exception {
        Random random = new Random(5);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= posts; i++) {
            String[] cues = i % 2 == 0 ? CALM : ALARM;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 6; w++) {
                text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
            }
            // A few posts carry both kinds of cue: the model is unsure of them.
            text.append(cues[random.nextInt(cues.length)]);
            if (random.nextInt(8) == 0) {
                text.append(' ').append((i % 2 == 0 ? ALARM : CALM)[random.nextInt(CALM.length)]);
            }
            rows.add(String.format("p%d,2026-03-01T%02d:%02d:00Z,author,\"%s\",1,1,1,1,en", i, 10 + i / 60 % 10, i % 60,
                    text.toString().strip()));
        }
        Project project = Project.create(dir.resolve("flood-" + System.nanoTime() + ".postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts-" + System.nanoTime() + ".csv", rows));
        List<Long> ids = project.posts().page(PostQuery.all(), 0, posts + 10).stream().map(PostRow::id).sorted().toList();
        LabelSchema mood = project.labelSchemas().create(MOOD, false);
        for (int i = 0; i < labelled; i++) {
            project.annotations().add(mood, NewAnnotation.of(ids.get(i), mood.id(), "ana", List.of(moodOf(i))));
        }
        if (labelled > 0) {
            project.annotations().add(mood, NewAnnotation.of(ids.get(0), mood.id(), "bo", List.of(moodOf(1))));
        }
        return new LearnableProject(project, mood, ids);
    }

    /** The mood of the post at {@code index} (0-based): post i+1 is calm when even. */
    static String moodOf(int index) {
        return (index + 1) % 2 == 0 ? "calm" : "alarm";
    }
}
