package org.postlens.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV in UTF-8 (no byte-order mark), a header row, CRLF between records, empty cells for nulls. */
final class CsvPostWriter implements PostWriter {

    private final List<ExportColumns> columns;
    private final CSVPrinter printer;

    CsvPostWriter(OutputStream out, List<ExportColumns> columns) throws IOException {
        this.columns = List.copyOf(columns);
        List<String> headers = new ArrayList<>();
        columns.forEach(group -> headers.addAll(group.csvHeaders()));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(headers.toArray(String[]::new))
                .setRecordSeparator("\r\n")
                .build();
        this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
    }

    @Override
    public void write(ExportedPost post) throws IOException {
        List<String> values = new ArrayList<>();
        for (ExportColumns group : columns) {
            values.addAll(group.csvValues(post));
        }
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
