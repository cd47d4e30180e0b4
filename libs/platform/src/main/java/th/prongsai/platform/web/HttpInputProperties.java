package th.prongsai.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ita.http.*}: the largest request body a service reads ({@code max-body}, 1 MB, enough for any JSON form of
 * the platform), and larger limits for named paths, e.g. {@code body-limits: {"[/api/onboarding-jobs/**]": 20MB}}.
 */
@ConfigurationProperties("ita.http")
public record HttpInputProperties(@DefaultValue("1MB") DataSize maxBody, Map<String, DataSize> bodyLimits) {

    public HttpInputProperties {
        bodyLimits = bodyLimits == null ? Map.of() : new LinkedHashMap<>(bodyLimits);
    }
}
