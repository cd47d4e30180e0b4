package th.prongsai.report.schema;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A normalised, schema-name-free description of one schema from the catalogs: tables, columns (type,
 * nullability, default, identity), constraints, indexes, sequences, comments and the change sets recorded.
 */
final class SchemaDescription {

    private SchemaDescription() {}

    static String of(JdbcTemplate jdbc, String schema) {
        StringBuilder out = new StringBuilder();
        section(
                out,
                "columns",
                jdbc.query(
                        """
                SELECT table_name, column_name, data_type, udt_name, character_maximum_length, numeric_precision,
                       is_nullable, column_default, is_identity, identity_generation
                  FROM information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position""",
                        (rs, i) -> String.join(
                                " | ",
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                String.valueOf(rs.getObject(5)),
                                String.valueOf(rs.getObject(6)),
                                rs.getString(7),
                                String.valueOf(rs.getString(8)),
                                rs.getString(9),
                                String.valueOf(rs.getString(10))),
                        schema));
        section(
                out,
                "constraints",
                jdbc.query(
                        """
                SELECT cl.relname, con.conname, con.contype, pg_get_constraintdef(con.oid)
                  FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid
                  JOIN pg_namespace n ON n.oid = con.connamespace
                 WHERE n.nspname = ? ORDER BY cl.relname, con.conname""",
                        (rs, i) ->
                                String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        schema));
        section(
                out,
                "indexes",
                jdbc.query(
                        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = ? ORDER BY tablename, indexname",
                        (rs, i) -> String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3)),
                        schema));
        section(
                out,
                "sequences",
                jdbc.query(
                        """
                SELECT sequencename, data_type, start_value, increment_by, cycle
                  FROM pg_sequences WHERE schemaname = ? ORDER BY sequencename""",
                        (rs, i) -> String.join(
                                " | ",
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5)),
                        schema));
        section(out, "comments", jdbc.query("""
                SELECT cl.relname, obj_description(cl.oid, 'pg_class')
                  FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
                 WHERE n.nspname = ? AND cl.relkind = 'r' ORDER BY cl.relname""", (rs, i) -> rs.getString(1) + " | " + rs.getString(2), schema));
        // Only the order of ORDEREXECUTED matters to Liquibase; update-SQL output numbers from a different start.
        section(
                out,
                "change sets",
                jdbc.query(
                        "SELECT id, author, filename, exectype, "
                                + "row_number() OVER (ORDER BY orderexecuted) FROM "
                                + schema + ".databasechangelog ORDER BY orderexecuted",
                        (rs, i) -> String.join(
                                " | ",
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5))));
        section(
                out,
                "lock rows",
                jdbc.query(
                        "SELECT id, locked FROM " + schema + ".databasechangeloglock ORDER BY id",
                        (rs, i) -> rs.getString(1) + " | " + rs.getString(2)));
        return out.toString().replace(schema + ".", "");
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append("## ")
                .append(title)
                .append('\n')
                .append(lines.stream().collect(Collectors.joining("\n")))
                .append("\n\n");
    }
}
