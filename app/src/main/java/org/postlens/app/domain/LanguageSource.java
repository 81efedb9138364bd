package org.postlens.app.domain;

/** Where a post's language came from: the imported data, or Postlens's detector. */
public enum LanguageSource {
    DATA("data"),
    DETECTED("detected");

    private final String storedValue;

    LanguageSource(String storedValue) {
        this.storedValue = storedValue;
    }

    /** The value in the project file's {@code posts.lang_source}. */
    public String storedValue() {
        return storedValue;
    }

    public static LanguageSource fromStoredValue(String value) {
        if (value == null) {
            return null;
        }
        for (LanguageSource source : values()) {
            if (source.storedValue.equals(value)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown language source: " + value);
    }
}
