package org.postlens.app.domain;

/**
 * What a run is about to do, before it has an id.
 *
 * @param task the task its predictions answer (e.g. "sentiment"); null for runs that predict no labels (embed)
 */
public record NewRun(String kind, String modelId, String modelVersion, String engine, String device,
                     String parametersJson, String task) {

    public NewRun(String kind, String modelId, String modelVersion, String engine, String device, String parametersJson) {
        this(kind, modelId, modelVersion, engine, device, parametersJson, null);
    }
}
