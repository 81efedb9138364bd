package org.postlens.app.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads engagement counts as exports write them: {@code 1234}, {@code 1,234}, {@code 1 234}, {@code 12.0},
 * {@code 1.2K}, {@code 3M}, {@code 2.5B}. A dot is always a decimal point. Fractions are rounded.
 */
public final class CountParser {

    private CountParser() {
    }

    /** Empty for text that is not a non-negative count. */
    public static Optional<Long> parse(String text) {
        String value = text.strip().replace(",", "").replace("_", "").replace("\u00A0", "")
                .replace("\u202F", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long multiplier = 1;
        char last = value.charAt(value.length() - 1);
        if (last == 'K' || last == 'M' || last == 'B') {
            multiplier = last == 'K' ? 1_000L : last == 'M' ? 1_000_000L : 1_000_000_000L;
            value = value.substring(0, value.length() - 1);
        }
        try {
            BigDecimal number = new BigDecimal(value).multiply(BigDecimal.valueOf(multiplier));
            if (number.signum() < 0) {
                return Optional.empty();
            }
            return Optional.of(number.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
