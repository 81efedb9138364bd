package org.postlens.app.ingest.platform;

/** The platform exports Postlens recognises by their structure, with the name it tells the user. */
public enum PlatformFormat {
    X_ARCHIVE("X/Twitter account archive"),
    TELEGRAM_EXPORT("Telegram Desktop export"),
    CROWDTANGLE_CSV("CrowdTangle CSV export"),
    FOURCAT_CSV("4CAT CSV dataset export"),
    ZEESCHUIMER_NDJSON("4CAT / Zeeschuimer NDJSON");

    private final String label;

    PlatformFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
