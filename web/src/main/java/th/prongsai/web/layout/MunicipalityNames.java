package th.prongsai.web.layout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import th.prongsai.web.platform.GatewayClient;

/**
 * A municipality's registry entry for page headings, asked with the caller's token and kept a few minutes for
 * everyone: names and websites are public (the public page shows them) and pages show them on every click.
 */
@Component
public class MunicipalityNames {

    private static final Duration KEEP = Duration.ofMinutes(5);
    private final GatewayClient gateway;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    MunicipalityNames(GatewayClient gateway) {
        this.gateway = gateway;
    }

    private record Entry(Map<String, Object> tenant, Instant until) {
    }

    /** The registry entry ({@code nameTh}, {@code nameEn}, {@code type}, {@code province}, {@code website}, …). */
    public Map<String, Object> of(String code) {
        Entry entry = entries.get(code);
        Instant now = clock.instant();
        if (entry == null || entry.until().isBefore(now)) {
            entry = new Entry(gateway.get("/api/tenants/{code}", code), now.plus(KEEP));
            entries.put(code, entry);
        }
        return entry.tenant();
    }
}
