package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.Account;

/** Reads the authors known to a project. */
public final class SqliteAccountRepository {

    private final SqliteConnection connection;

    SqliteAccountRepository(SqliteConnection connection) {
        this.connection = connection;
    }

    /** Authors whose handle starts with {@code prefix} (case-insensitive), most prolific first. */
    public List<Account> search(String prefix, int limit) {
        String handlePrefix = prefix == null ? "" : prefix.strip().replaceFirst("^@", "");
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT a.id, a.platform, a.handle, a.display_name, (SELECT count(*) FROM posts p WHERE p.account_id = a.id) AS n
                    FROM accounts a WHERE a.handle LIKE ? ESCAPE '\\' ORDER BY n DESC, a.handle LIMIT ?""")) {
                statement.setString(1, handlePrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                statement.setInt(2, limit);
                List<Account> accounts = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        accounts.add(new Account(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                                row.getLong(5)));
                    }
                }
                return accounts;
            }
        });
    }
}
