package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One JDBC connection shared by the repositories of a project, used by one thread at a time, with SQL errors
 * turned into {@link StoreException}s.
 */
final class SqliteConnection {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;

    SqliteConnection(Connection connection) {
        this.connection = connection;
    }

    synchronized <T> T query(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Runs {@code work} in one transaction: all of it lands, or none of it. */
    synchronized <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
