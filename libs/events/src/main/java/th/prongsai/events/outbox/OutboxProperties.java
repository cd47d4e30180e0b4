package th.prongsai.events.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ita.events.outbox.*}: the transactional outbox of the service that owns it.
 *
 * @param enabled        opt-in: a service that only consumes events has no outbox table
 * @param table          qualified table name; defaults to {@code <spring.liquibase.default-schema>.outbox}
 * @param pollInterval   delay between relay polls when the outbox was empty
 * @param batchSize      rows published per Redis transaction
 * @param retention      how long published rows are kept for inspection before the relay deletes them
 * @param streamMaxLength about how many entries a stream keeps (approximate MAXLEN on each XADD); the
 *                       registry hash holds the current state, so old entries are history, not data
 */
@ConfigurationProperties("ita.events.outbox")
public record OutboxProperties(
        boolean enabled,
        String table,
        Duration pollInterval,
        Integer batchSize,
        Duration retention,
        Long streamMaxLength) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(150) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        retention = retention == null ? Duration.ofDays(7) : retention;
        streamMaxLength = streamMaxLength == null ? 1_000_000L : streamMaxLength;
    }
}
