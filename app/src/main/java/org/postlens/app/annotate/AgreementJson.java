package org.postlens.app.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An agreement report as one JSON object; an undefined figure is null, with the reason beside it. */
public final class AgreementJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AgreementJson() {
    }

    public static String write(String schema, AgreementReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", schema);
        root.put("multi_label", report.multiLabel());
        root.put("level", report.level().name().toLowerCase());
        ArrayNode annotators = root.putArray("annotators");
        report.annotators().forEach(annotators::add);
        root.put("units", report.units());
        root.put("pairable_units", report.pairableUnits());
        put(root, "alpha", report.alpha());
        root.put("alpha_note", report.alphaNote());
        put(root, "kappa", report.kappa());
        root.put("kappa_note", report.kappaNote());
        ObjectNode perLabel = root.putObject("per_label");
        for (LabelAgreement label : report.perLabel()) {
            ObjectNode one = perLabel.putObject(label.label());
            AlphaResult alpha = label.alpha();
            put(one, "alpha", alpha.alpha());
            if (!alpha.defined()) {
                one.put("alpha_note", alpha.undefinedReason());
            }
            put(one, "observed_disagreement", alpha.observedDisagreement());
            put(one, "expected_disagreement", alpha.expectedDisagreement());
            if (label.kappa() != null) {
                put(one, "kappa", label.kappa().kappa());
                if (!label.kappa().defined()) {
                    one.put("kappa_note", label.kappa().undefinedReason());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an agreement report always serialises", e);
        }
    }

    private static void put(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 10_000) / 10_000.0);
        }
    }
}
