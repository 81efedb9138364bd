package org.postlens.app.export;

import java.io.Closeable;
import java.io.IOException;

/** Writes exported posts one at a time to an open output stream, in one file format. */
interface PostWriter extends Closeable {

    void write(ExportedPost post) throws IOException;
}
