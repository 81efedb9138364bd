package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one public data set's folder (its own file layout and label names) into a task's label schema. */
interface DataSetReader {

    /** Whether this reader can give {@code request}'s task and language from {@code folder}. */
    boolean serves(Path folder, DataSetRequest request);

    LabelledDataSet read(Path folder, DataSetRequest request) throws IOException;
}
