package org.postlens.app.training;

import java.util.Map;

/** Language codes as Postlens uses them, and the folder names data sets use for them. */
final class Languages {

    static final Map<String, String> FOLDER_NAMES = Map.of("ar", "arabic", "en", "english", "hi", "hindi",
            "fr", "french", "de", "german", "it", "italian", "pt", "portuguese", "es", "spanish", "nl", "dutch");

    private Languages() {
    }

    /** Whether the request asks for {@code code}, or for no language in particular. */
    static boolean isOr(DataSetRequest request, String code) {
        return request.language() == null || request.language().equals(code);
    }
}
