package org.postlens.app.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.store.Project;

/**
 * Agreement between the annotators of a project's schema, from their standing annotations. Adjudications are
 * left out: they are the final word on a disagreement, not an independent judgement.
 */
public final class AgreementService {

    /** Verdicts that say the scale does not apply, so they have no place on it. */
    public static final Set<String> OFF_SCALE_VERDICTS = Set.of("unverifiable");

    private final Project project;

    public AgreementService(Project project) {
        this.project = project;
    }

    /** Nominal, or ordinal along {@link #defaultScale(LabelSchema)}. */
    public AgreementReport measure(LabelSchema schema, MeasurementLevel level) {
        return measure(schema, level, defaultScale(schema));
    }

    /**
     * @param scale the labels in rank order for an ordinal figure; labels off it count as missing there
     * @throws IllegalArgumentException for an ordinal figure of a multi-label schema, or a scale naming labels the
     *     schema does not have
     */
    public AgreementReport measure(LabelSchema schema, MeasurementLevel level, List<String> scale) {
        for (String label : scale) {
            if (!schema.labels().contains(label)) {
                throw new IllegalArgumentException("'" + label + "' is not a label of schema '" + schema.name() + "' "
                        + schema.labels());
            }
        }
        return SchemaAgreement.measure(codedUnits(project.annotations().current(schema.id())), schema.labels(),
                schema.multiLabel(), level, scale);
    }

    /** A verdict schema's labels without those that say it does not apply; any other schema's labels in order. */
    public static List<String> defaultScale(LabelSchema schema) {
        if (schema.kind() == SchemaKind.VERDICT) {
            return schema.labels().stream().filter(label -> !OFF_SCALE_VERDICTS.contains(label)).toList();
        }
        return schema.labels();
    }

    static List<CodedUnit> codedUnits(List<Annotation> current) {
        Map<Long, Map<String, Set<String>>> byPost = new LinkedHashMap<>();
        for (Annotation annotation : current) {
            if (annotation.adjudication()) {
                continue;
            }
            byPost.computeIfAbsent(annotation.postId(), id -> new LinkedHashMap<>())
                    .put(annotation.annotator(), Set.copyOf(annotation.labels()));
        }
        List<CodedUnit> units = new ArrayList<>(byPost.size());
        byPost.forEach((post, given) -> units.add(new CodedUnit(Long.toString(post), given)));
        return units;
    }
}
