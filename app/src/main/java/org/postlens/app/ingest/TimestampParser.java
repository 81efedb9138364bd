package org.postlens.app.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timestamp forms found in social-media exports. Times without an offset are taken in the given zone.
 *
 * <ul>
 *   <li>ISO-8601: {@code 2018-10-10T20:19:24Z}, {@code 2018-10-10 20:19:24.123+02:00}, {@code …+0200},
 *       {@code … UTC}, {@code …[Europe/Paris]}, local date-times with {@code T} or a space, with or without seconds
 *       and fractions, and plain dates (midnight in the zone);</li>
 *   <li>Twitter's {@code Wed Oct 10 20:19:24 +0000 2018} and RFC 1123 {@code Wed, 10 Oct 2018 20:19:24 GMT};</li>
 *   <li>epoch numbers, unit chosen by magnitude: below 10^11 seconds (up to year 5138), below 10^14 milliseconds,
 *       below 10^17 microseconds, else nanoseconds; fractional seconds allowed. An 8-digit number that is a valid
 *       date between 1900 and 2100 is read as {@code yyyyMMdd} instead, since such epoch seconds (1970–1973)
 *       predate social media;</li>
 *   <li>slashed or dotted dates {@code d/M/yyyy}, {@code d.M.yyyy}, optionally with {@code H:mm[:ss]}: day first
 *       unless the second number cannot be a month: {@code 25/03/2024} and {@code 03/04/2024} are day-first
 *       (the latter is ambiguous; day-first is how most of the world writes it), {@code 03/25/2024} is month-first
 *       because 25 cannot be a month; {@code yyyy/MM/dd} is read as written.</li>
 * </ul>
 */
public final class TimestampParser {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final DateTimeFormatter TWITTER =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern BASIC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern TRAILING_UTC = Pattern.compile("(?i)\\s*(UTC|GMT)$");

    private TimestampParser() {
    }

    public static Optional<Instant> parse(String text, ZoneId zoneForLocalTimes) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        ZoneId zone = zoneForLocalTimes == null ? ZoneOffset.UTC : zoneForLocalTimes;
        String value = text.strip();
        try {
            if (NUMBER.matcher(value).matches()) {
                return parseNumber(value, zone);
            }
            Optional<Instant> iso = parseIso(value, zone);
            if (iso.isPresent()) {
                return iso;
            }
            Optional<Instant> named = parseWithFormatter(value, TWITTER)
                    .or(() -> parseWithFormatter(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            if (named.isPresent()) {
                return named;
            }
            return parseSlashed(value, zone);
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> parseNumber(String value, ZoneId zone) {
        Matcher basicDate = BASIC_DATE.matcher(value);
        if (basicDate.matches()) {
            int year = Integer.parseInt(basicDate.group(1));
            if (year >= 1900 && year <= 2100) {
                try {
                    return Optional.of(LocalDate.of(year, Integer.parseInt(basicDate.group(2)),
                            Integer.parseInt(basicDate.group(3))).atStartOfDay(zone).toInstant());
                } catch (DateTimeException notADate) {
                    // fall through to epoch seconds
                }
            }
        }
        BigDecimal number = new BigDecimal(value);
        BigDecimal magnitude = number.abs();
        BigDecimal nanosPerUnit;
        if (magnitude.compareTo(BigDecimal.valueOf(100_000_000_000L)) < 0) {
            nanosPerUnit = BigDecimal.valueOf(1_000_000_000L);
        } else if (magnitude.compareTo(BigDecimal.valueOf(100_000_000_000_000L)) < 0) {
            nanosPerUnit = BigDecimal.valueOf(1_000_000L);
        } else if (magnitude.compareTo(BigDecimal.valueOf(100_000_000_000_000_000L)) < 0) {
            nanosPerUnit = BigDecimal.valueOf(1_000L);
        } else {
            nanosPerUnit = BigDecimal.ONE;
        }
        BigDecimal nanos = number.multiply(nanosPerUnit);
        BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return Optional.of(Instant.ofEpochSecond(secondsAndNanos[0].longValueExact(),
                secondsAndNanos[1].longValue()));
    }

    private static Optional<Instant> parseIso(String value, ZoneId zone) {
        String normalised = TRAILING_UTC.matcher(value).replaceFirst("Z");
        try {
            TemporalAccessor parsed = ISO.parseBest(normalised, ZonedDateTime::from, OffsetDateTime::from,
                    LocalDateTime::from, LocalDate::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return Optional.of(zoned.toInstant());
            }
            if (parsed instanceof OffsetDateTime offset) {
                return Optional.of(offset.toInstant());
            }
            if (parsed instanceof LocalDateTime local) {
                return Optional.of(local.atZone(zone).toInstant());
            }
            return Optional.of(((LocalDate) parsed).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> parseWithFormatter(String value, DateTimeFormatter formatter) {
        try {
            return Optional.of(ZonedDateTime.parse(value, formatter).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> parseSlashed(String value, ZoneId zone) {
        Matcher yearLast = YEAR_LAST.matcher(value);
        if (yearLast.matches()) {
            int first = Integer.parseInt(yearLast.group(1));
            int second = Integer.parseInt(yearLast.group(2));
            boolean monthFirst = first <= 12 && second > 12;
            int day = monthFirst ? second : first;
            int month = monthFirst ? first : second;
            return Optional.of(atTime(LocalDate.of(Integer.parseInt(yearLast.group(3)), month, day), yearLast, zone));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(value);
        if (yearFirst.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)),
                    Integer.parseInt(yearFirst.group(3)));
            return Optional.of(atTime(date, yearFirst, zone));
        }
        return Optional.empty();
    }

    private static Instant atTime(LocalDate date, Matcher matcher, ZoneId zone) {
        LocalTime time = matcher.group(4) == null ? LocalTime.MIDNIGHT
                : LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)),
                        matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6)));
        return date.atTime(time).atZone(zone).toInstant();
    }
}
