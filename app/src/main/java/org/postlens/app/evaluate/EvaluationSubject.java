package org.postlens.app.evaluate;

/**
 * What was measured against what, as the report names it.
 *
 * @param task        the task of the run
 * @param schema      the label schema whose gold labels the run is measured against
 * @param run         the run as people know it (id, model, date)
 * @param goldLeftOut posts with annotations but no gold label (annotators disagree, nobody adjudicated yet)
 */
public record EvaluationSubject(String task, String schema, String run, int goldLeftOut) {}
