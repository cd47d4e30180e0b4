package th.prongsai.web.layout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
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

    private record Entry(Map<String, Object> tenant, Instant until) {}

    /**
     * The municipality's code and names ({@code code}, {@code nameTh}, {@code nameEn}). The cache is shared by every
     * user, so it keeps only what the public page shows anyway, never the registry's placement or status.
     */
    public Map<String, Object> of(String code) {
        Entry entry = entries.get(code);
        Instant now = clock.instant();
        if (entry == null || entry.until().isBefore(now)) {
            Map<String, Object> tenant = gateway.get("/api/tenants/{code}", code);
            Map<String, Object> names = new HashMap<>();
            names.put("code", code);
            names.put("nameTh", tenant.getOrDefault("nameTh", code));
            names.put("nameEn", tenant.get("nameEn"));
            entry = new Entry(Collections.unmodifiableMap(names), now.plus(KEEP));
            entries.put(code, entry);
        }
        return entry.tenant();
    }
}
