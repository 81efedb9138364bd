package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One step of the project schema; applied once, in order, inside the opening transaction. */
interface Migration {

    /** The schema version the project has after this step (1, 2, ...). */
    int version();

    void apply(Connection connection) throws SQLException;
}
