package org.postlens.app.language;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.postlens.runtime.pack.ModelPack;

/**
 * Which model packs read a post, by its language. A pack applies to a post in one of the languages it lists; a
 * pack that lists "*" (or "mul") reads any language, and is the only kind that applies to a post whose language
 * is unknown. Codes on both sides are compared as ISO 639-1 ("en-US" and "eng" are "en").
 */
public final class LanguageRouting {

    /** What a pack lists to say that it reads every language (hashed n-gram models, image models). */
    public static final Set<String> ANY_LANGUAGE = Set.of("*", "mul", "any");

    private LanguageRouting() {
    }

    /** The packs, in their order, that apply to a post in {@code postLanguage} (null: unknown). */
    public static List<ModelPack> packsFor(String postLanguage, Collection<ModelPack> packs) {
        return packs.stream().filter(pack -> applies(postLanguage, pack.languages())).toList();
    }

    /** Whether a model that reads {@code packLanguages} applies to a post in {@code postLanguage} (null: unknown). */
    public static boolean applies(String postLanguage, Collection<String> packLanguages) {
        if (readsAnyLanguage(packLanguages)) {
            return true;
        }
        String language = LanguageCodes.normalise(postLanguage);
        if (language == null) {
            return false;
        }
        return packLanguages.stream().map(LanguageCodes::normalise).filter(Objects::nonNull).anyMatch(language::equals);
    }

    public static boolean readsAnyLanguage(Collection<String> packLanguages) {
        return packLanguages.stream().anyMatch(code -> code != null && ANY_LANGUAGE.contains(code.strip().toLowerCase(Locale.ROOT)));
    }
}
