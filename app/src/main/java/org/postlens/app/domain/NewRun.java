package org.postlens.app.domain;

/** What a run is about to do, before it has an id. */
public record NewRun(String kind, String modelId, String modelVersion, String engine, String device,
                     String parametersJson) {}
