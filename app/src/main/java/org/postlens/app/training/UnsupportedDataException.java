package org.postlens.app.training;

/** The data cannot serve the request: an unknown task, a language the data set lacks, labels outside the schema. */
public final class UnsupportedDataException extends RuntimeException {

    public UnsupportedDataException(String message) {
        super(message);
    }
}
