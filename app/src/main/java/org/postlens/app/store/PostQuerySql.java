package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PredictedLabels;
import org.postlens.app.domain.PredictionFilter;

/** The WHERE and ORDER BY clauses for a {@link PostQuery}, with their parameters in order. */
final class PostQuerySql {

    final String where;
    final String orderBy;
    /** The count query: straight from the full-text index when the search is the only condition. */
    final String count;
    private final List<Object> parameters;

    private PostQuerySql(String where, String orderBy, boolean searchOnly, List<Object> parameters) {
        this.where = where;
        this.orderBy = orderBy;
        this.count = searchOnly ? "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH ?"
                : "SELECT count(*) FROM posts p" + where;
        this.parameters = parameters;
    }

    static PostQuerySql of(PostQuery query) {
        return of(query, false, false);
    }

    /**
     * @param manyMatches the search matches many posts: walk the sort order's index and keep the posts that match,
     *                    instead of fetching every match and sorting them all (the unary {@code +} stops SQLite from
     *                    driving the query by the match list)
     * @param manyInLanguage the language filter selects many posts: likewise walk the sort order's index rather
     *                    than the language index, which would fetch and sort every post of the language
     */
    static PostQuerySql of(PostQuery query, boolean manyMatches, boolean manyInLanguage) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String match = matchExpression(query);
        if (match != null) {
            conditions.add((manyMatches ? "+" : "") + "p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)");
            parameters.add(match);
        }
        if (query.from() != null) {
            conditions.add("p.created_at >= ?");
            parameters.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            conditions.add("p.created_at < ?");
            parameters.add(query.to().toEpochMilli());
        }
        if (query.author() != null && !query.author().isBlank()) {
            conditions.add("p.account_id IN (SELECT id FROM accounts WHERE handle = ? COLLATE NOCASE)");
            parameters.add(stripAt(query.author().trim()));
        }
        if (query.lang() != null && !query.lang().isBlank()) {
            String column = (manyInLanguage ? "+" : "") + "p.lang";
            if (query.lang().equals(UNKNOWN_LANGUAGE)) {
                conditions.add(column + " IS NULL");
            } else {
                conditions.add(column + " = ?");
                parameters.add(query.lang());
            }
        }
        if (query.hasImage() != null) {
            conditions.add("p.has_image = ?");
            parameters.add(query.hasImage() ? 1 : 0);
        }
        if (query.importSourceId() != null) {
            conditions.add("p.import_source_id = ?");
            parameters.add(query.importSourceId());
        }
        if (query.prediction() != null) {
            conditions.add(predictionCondition(query.prediction(), parameters));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        boolean searchOnly = match != null && conditions.size() == 1;
        return new PostQuerySql(where, orderBy(query), searchOnly, parameters);
    }

    /**
     * The post's latest prediction for the task (the one from its newest run of that task) must match: an older
     * model's label, superseded by a re-run, no longer selects the post.
     */
    private static String predictionCondition(PredictionFilter filter, List<Object> parameters) {
        StringBuilder condition = new StringBuilder("p.id IN (SELECT pr.post_id FROM predictions pr"
                + " JOIN runs r ON r.id = pr.run_id WHERE r.task = ?");
        parameters.add(filter.task());
        if (filter.label() != null) {
            // the label, or one of a multi-label prediction's labels ("Doubt; Smears")
            condition.append(" AND instr('" + PredictedLabels.SEPARATOR + "' || pr.label || '" + PredictedLabels.SEPARATOR
                    + "', ?) > 0");
            parameters.add(PredictedLabels.SEPARATOR + filter.label() + PredictedLabels.SEPARATOR);
        }
        if (filter.minScore() != null) {
            condition.append(" AND pr.score >= ?");
            parameters.add(filter.minScore());
        }
        if (filter.maxScore() != null) {
            condition.append(" AND pr.score <= ?");
            parameters.add(filter.maxScore());
        }
        condition.append(" AND pr.run_id = (SELECT max(latest.run_id) FROM predictions latest"
                + " JOIN runs lr ON lr.id = latest.run_id WHERE latest.post_id = pr.post_id AND lr.task = r.task))");
        return condition.toString();
    }

    static String matchExpression(PostQuery query) {
        return SearchText.toMatchExpression(query.search());
    }

    /** The {@code lang} filter value that selects posts whose language is not known. */
    static final String UNKNOWN_LANGUAGE = "?";

    private static String orderBy(PostQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        String column = switch (query.sort() == null ? PostQuery.Sort.DATE : query.sort()) {
            case DATE -> "p.created_at";
            case LIKES -> "p.likes";
            case SHARES -> "p.shares";
            case REPLIES -> "p.replies";
            case VIEWS -> "p.views";
            case IMPORT_ORDER -> null;
        };
        return column == null ? " ORDER BY p.id" + direction : " ORDER BY " + column + direction + ", p.id" + direction;
    }

    private static String stripAt(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }

    /** Binds this query's parameters from position {@code first}; returns the next free position. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int position = first;
        for (Object parameter : parameters) {
            statement.setObject(position++, parameter);
        }
        return position;
    }
}
