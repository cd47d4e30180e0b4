package th.prongsai.events.outbox;

import java.util.regex.Pattern;

/** A validated, schema-qualified outbox table name; it is concatenated into SQL, so it never comes from input. */
public record OutboxTable(String qualifiedName) {

    private static final Pattern NAME = Pattern.compile("^([a-z_][a-z0-9_]{0,62}\\.)?[a-z_][a-z0-9_]{0,62}$");

    public OutboxTable {
        if (qualifiedName == null || !NAME.matcher(qualifiedName).matches()) {
            throw new IllegalArgumentException("Invalid outbox table name: " + qualifiedName);
        }
    }

    /** {@code <schema>.outbox}, or plain {@code outbox} (search path) when no schema is known. */
    public static OutboxTable inSchema(String schema) {
        return new OutboxTable(schema == null || schema.isBlank() ? "outbox" : schema + ".outbox");
    }

    @Override
    public String toString() {
        return qualifiedName;
    }
}
