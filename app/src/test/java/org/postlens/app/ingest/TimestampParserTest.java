package org.postlens.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "2018-10-10T20:19:24Z               | UTC         | 2018-10-10T20:19:24Z",
        "2018-10-10T22:19:24+02:00          | UTC         | 2018-10-10T20:19:24Z",
        "2018-10-10 22:19:24.123+0200       | UTC         | 2018-10-10T20:19:24.123Z",
        "2018-10-10T20:19:24.5Z             | Asia/Riyadh | 2018-10-10T20:19:24.500Z",
        "2018-10-10 20:19:24 UTC            | Asia/Riyadh | 2018-10-10T20:19:24Z",
        "2018-10-10T22:19:24[Europe/Paris]  | UTC         | 2018-10-10T20:19:24Z",
        "2024-03-10 12:00                   | Asia/Riyadh | 2024-03-10T09:00:00Z",
        "2024-03-10T12:00:30                | Asia/Riyadh | 2024-03-10T09:00:30Z",
        "2024-03-10 12:00:30.250            | UTC         | 2024-03-10T12:00:30.250Z",
        "2024-03-10                         | Asia/Riyadh | 2024-03-09T21:00:00Z",
        "2024-07-01 12:00                   | Europe/Paris| 2024-07-01T10:00:00Z",
        "Wed Oct 10 20:19:24 +0000 2018     | Asia/Riyadh | 2018-10-10T20:19:24Z",
        "'Wed, 10 Oct 2018 20:19:24 GMT'    | Asia/Riyadh | 2018-10-10T20:19:24Z",
        "1539202764                         | Asia/Riyadh | 2018-10-10T20:19:24Z",
        "1539202764123                      | UTC         | 2018-10-10T20:19:24.123Z",
        "1539202764.5                       | UTC         | 2018-10-10T20:19:24.500Z",
        "20181010                           | UTC         | 2018-10-10T00:00:00Z",
        "25/03/2024 14:30                   | UTC         | 2024-03-25T14:30:00Z",
        "03/25/2024                         | UTC         | 2024-03-25T00:00:00Z",
        "03/04/2024 08:15:30                | UTC         | 2024-04-03T08:15:30Z",
        "10.10.2018 20:19                   | Asia/Riyadh | 2018-10-10T17:19:00Z",
        "2018/10/10 20:19                   | UTC         | 2018-10-10T20:19:00Z",
    })
    void parses(String text, String zone, String expected) {
        assertThat(TimestampParser.parse(text, ZoneId.of(zone))).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "2024-13-45", "31/02/2024", "12:00", "N/A", "1.2.3"})
    void rejectsWhatItCannotRead(String text) {
        assertThat(TimestampParser.parse(text, ZoneOffset.UTC)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullZoneMeansUtcAndNullTextIsEmpty() {
        assertThat(TimestampParser.parse("2024-03-10 12:00", null)).contains(Instant.parse("2024-03-10T12:00:00Z"));
        assertThat(TimestampParser.parse(null, RIYADH)).isEmpty();
    }
}
