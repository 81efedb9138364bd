package org.postlens.app.training;

import org.postlens.resources.TaskDefinition;
import org.postlens.resources.TaskDefinitions;

/** The task definitions, with a clear error for an unknown task id. */
final class TaskCatalog {

    private final TaskDefinitions definitions;

    TaskCatalog(TaskDefinitions definitions) {
        this.definitions = definitions;
    }

    TaskDefinition require(String id) {
        return definitions.find(id).orElseThrow(() -> new UnsupportedDataException("unknown task '" + id
                + "'; known tasks: " + definitions.all().stream().map(TaskDefinition::id).toList()));
    }
}
