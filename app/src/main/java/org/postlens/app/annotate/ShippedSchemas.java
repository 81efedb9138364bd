package org.postlens.app.annotate;

import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.resources.TaskDefinition;
import org.postlens.resources.TaskDefinitions;

/**
 * The label schemas Postlens ships: one per task of the suite (one per target for stance), so that human labels and
 * the task models' predictions can be compared, and the fact-checker's verdict scale.
 */
public final class ShippedSchemas {

    public static final String VERDICT = "verdict";

    private ShippedSchemas() {
    }

    public static List<SchemaDraft> of(TaskDefinitions tasks) {
        List<SchemaDraft> schemas = new ArrayList<>();
        schemas.add(new SchemaDraft(VERDICT, "Fact-check verdict", SchemaKind.VERDICT,
                List.of("true", "mostly true", "misleading", "false", "unverifiable"),
                "The verdict on the post's main claim after checking it, from true to false; unverifiable when the "
                        + "evidence does not settle it.",
                List.of("needs source", "satire", "out of context", "manipulated image"), null));
        for (TaskDefinition task : tasks.all()) {
            SchemaKind kind = task.multiLabel() ? SchemaKind.MULTI : SchemaKind.SINGLE;
            if (task.targets().isEmpty()) {
                schemas.add(new SchemaDraft(task.id(), task.name(), kind, task.labels(), task.description(), List.of(),
                        task.id()));
            }
            for (String target : task.targets()) {
                String key = task.id() + ":" + target;
                schemas.add(new SchemaDraft(key, task.name() + " on " + target, kind, task.labels(),
                        task.description(), List.of(), key));
            }
        }
        return List.copyOf(schemas);
    }
}
