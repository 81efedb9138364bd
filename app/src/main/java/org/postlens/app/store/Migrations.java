package org.postlens.app.store;

import java.util.List;

/** Every schema step in order; the last one's version is the version this build writes. */
final class Migrations {

    static final List<Migration> ALL = List.of(new V1InitialSchema(), new V2Embeddings(), new V3Predictions(),
            new V4PostLinks(), new V5LanguageIndex(), new V6Thumbnails(), new V7ImageFacts(), new V8ImageText(), new V9Annotations(),
            new V10PredictionUncertainty());

    static final int LATEST_VERSION = ALL.get(ALL.size() - 1).version();

    /** "PLNS": marks an SQLite file as a Postlens project (PRAGMA application_id). */
    static final int APPLICATION_ID = 0x504C4E53;

    private Migrations() {
    }
}
