package org.postlens.app.annotate;

import java.util.OptionalLong;

/** The posts a labelling session offers, one at a time; each queue reads ahead a page at a time. */
public interface LabellingQueue {

    QueueKind kind();

    /** The next post to offer, or empty when the queue has none left. */
    OptionalLong next();
}
