package org.postlens.app.domain;

/** How many posts have one language from one source; {@code lang} and {@code source} null for unknown. */
public record LanguageCount(String lang, LanguageSource source, long posts) {}
