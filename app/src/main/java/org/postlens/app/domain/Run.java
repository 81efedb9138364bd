package org.postlens.app.domain;

import java.time.Instant;

/**
 * One execution of a model over posts: every stored result names the run that produced it.
 *
 * @param task the task its predictions answer; null for runs that predict no labels
 */
public record Run(long id, String kind, String modelId, String modelVersion, String engine, String device,
                  String parametersJson, Instant startedAt, Instant finishedAt, RunStatus status, String task) {}
