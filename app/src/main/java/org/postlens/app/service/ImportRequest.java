package org.postlens.app.service;

import org.postlens.app.ingest.FieldMapping;
import org.postlens.app.ingest.ReaderOptions;

/**
 * How to read an import file.
 *
 * @param mapping {@code null}: detect the columns from the file's header
 */
public record ImportRequest(ReaderOptions options, FieldMapping mapping) {

    public ImportRequest {
        options = options == null ? ReaderOptions.auto() : options;
    }

    public static ImportRequest auto() {
        return new ImportRequest(ReaderOptions.auto(), null);
    }
}
