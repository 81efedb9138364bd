package org.postlens.app.annotate;

import java.util.List;
import java.util.Optional;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.store.Project;
import org.postlens.resources.TaskDefinitions;

/** A project's label schemas: the shipped ones, stored in the project the first time they are asked for, and the user's. */
public final class LabelSchemas {

    private final Project project;
    private final List<SchemaDraft> shipped;

    public LabelSchemas(Project project, TaskDefinitions tasks) {
        this.project = project;
        this.shipped = ShippedSchemas.of(tasks);
    }

    public List<LabelSchema> all() {
        project.labelSchemas().ensure(shipped, true);
        return project.labelSchemas().all();
    }

    public Optional<LabelSchema> find(String name) {
        Optional<LabelSchema> stored = project.labelSchemas().find(name);
        if (stored.isPresent()) {
            return stored;
        }
        project.labelSchemas().ensure(shipped, true);
        return project.labelSchemas().find(name);
    }

    /** The schema of this name, or a clear message naming the ones there are. */
    public LabelSchema require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no label schema '" + name
                + "' in this project; there are: " + String.join(", ", all().stream().map(LabelSchema::name).toList())));
    }

    /** The schema a model run of this prediction key ({@code sentiment}, {@code stance:abortion}) answers. */
    public Optional<LabelSchema> forTask(String taskKey) {
        project.labelSchemas().ensure(shipped, true);
        return project.labelSchemas().forTask(taskKey);
    }

    /** Stores a schema of the user's own. */
    public LabelSchema create(SchemaDraft draft) {
        project.labelSchemas().ensure(shipped, true);
        return project.labelSchemas().create(draft, false);
    }
}
