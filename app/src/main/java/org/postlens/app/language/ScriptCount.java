package org.postlens.app.language;

/** Letters of a text counted by writing system. */
record ScriptCount(int letters, int latin, int arabic, int persianOrUrdu, int devanagari) {

    enum Script { LATIN, ARABIC, DEVANAGARI, OTHER }

    /** Letters of the Arabic script that Arabic does not use but Persian and Urdu do (پ چ ژ گ ک ی ٹ ڈ ڑ ں ھ ہ ے). */
    private static final String PERSIAN_OR_URDU_LETTERS =
            "\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2";

    static ScriptCount of(String text) {
        int letters = 0;
        int latin = 0;
        int arabic = 0;
        int persianOrUrdu = 0;
        int devanagari = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(codePoint)) {
                case LATIN -> latin++;
                case ARABIC -> {
                    arabic++;
                    if (PERSIAN_OR_URDU_LETTERS.indexOf(codePoint) >= 0) {
                        persianOrUrdu++;
                    }
                }
                case DEVANAGARI -> devanagari++;
                default -> { }
            }
        }
        return new ScriptCount(letters, latin, arabic, persianOrUrdu, devanagari);
    }

    /** The script of more than half the letters; Arabic script with two or more Persian or Urdu letters is OTHER. */
    Script majority() {
        if (arabic * 2 > letters) {
            return persianOrUrdu >= 2 ? Script.OTHER : Script.ARABIC;
        }
        if (devanagari * 2 > letters) {
            return Script.DEVANAGARI;
        }
        if (latin * 2 > letters) {
            return Script.LATIN;
        }
        return Script.OTHER;
    }
}
