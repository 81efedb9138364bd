package org.postlens.app.training;

import java.util.List;
import org.postlens.runtime.train.ModelFamily;

/** Which model families {@code train} tries; {@code auto} keeps the best on validation of those that fit the language. */
public enum FamilyChoice {
    AUTO, NGRAM, ENCODER, COMBINED;

    /** The sentence encoder reads English only, so other languages get n-gram models. */
    static final String ENCODER_LANGUAGE = "en";

    List<ModelFamily> candidates(String language) {
        boolean encoderFits = ENCODER_LANGUAGE.equals(language);
        return switch (this) {
            case AUTO -> encoderFits ? List.of(ModelFamily.NGRAM, ModelFamily.ENCODER_HEAD, ModelFamily.COMBINED)
                    : List.of(ModelFamily.NGRAM);
            case NGRAM -> List.of(ModelFamily.NGRAM);
            case ENCODER -> requireEncoder(ModelFamily.ENCODER_HEAD, encoderFits, language);
            case COMBINED -> requireEncoder(ModelFamily.COMBINED, encoderFits, language);
        };
    }

    private static List<ModelFamily> requireEncoder(ModelFamily family, boolean encoderFits, String language) {
        if (!encoderFits) {
            throw new UnsupportedDataException("the sentence encoder reads English only: use --family ngram (or auto) "
                    + "for texts in '" + language + "'");
        }
        return List.of(family);
    }
}
