package th.prongsai.events.outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the outbox inside the caller's transaction, so an event exists if and only if the change
 * it describes was committed. {@link OutboxRelay} delivers it to Redis afterwards.
 */
public class OutboxWriter {

    private final JdbcTemplate jdbc;
    private final OutboxTable table;
    private final JsonMapper json;

    public OutboxWriter(JdbcTemplate jdbc, OutboxTable table, JsonMapper json) {
        this.jdbc = jdbc;
        this.table = table;
        this.json = json;
    }

    /**
     * @param stream       Redis Stream key
     * @param type         entry field {@link Streams#FIELD_TYPE}
     * @param payloadJson  entry field {@link Streams#FIELD_PAYLOAD}
     * @param registryKey  when not null, the payload also becomes this key's value in the stream's registry hash
     *                     (for {@link Streams#TENANTS}: {@link Streams#TENANT_REGISTRY})
     */
    public void append(String stream, String type, String payloadJson, String registryKey) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "OutboxWriter.append must run inside the transaction of the change it reports");
        }
        jdbc.update(
                "INSERT INTO " + table + " (stream, type, payload, registry_key) VALUES (?, ?, ?, ?)",
                stream,
                type,
                payloadJson,
                registryKey);
    }

    /** A tenant lifecycle event on {@link Streams#TENANTS}, also kept as the tenant's registry entry. */
    public void append(TenantEvent event) {
        append(Streams.TENANTS, TenantEvent.class.getSimpleName(), json.writeValueAsString(event), event.code());
    }
}
