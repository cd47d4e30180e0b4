package th.prongsai.report.schema;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param changelog       classpath location of the tenant changelog
 * @param lockTimeout     how long provisioning waits for a lock before it gives up (and rolls back)
 */
@ConfigurationProperties("ita.report.schemas")
record SchemaSettings(String changelog, Duration lockTimeout) {

    public SchemaSettings {
        changelog = changelog == null ? "db/tenant-changelog/master.yaml" : changelog;
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(5) : lockTimeout;
    }
}
