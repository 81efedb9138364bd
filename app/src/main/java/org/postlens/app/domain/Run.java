package org.postlens.app.domain;

import java.time.Instant;

/** One execution of a model over posts: every stored result names the run that produced it. */
public record Run(long id, String kind, String modelId, String modelVersion, String engine, String device,
                  String parametersJson, Instant startedAt, Instant finishedAt, RunStatus status) {}
