package th.prongsai.tenant.tenant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ita.report.*}: where report-service is and how long a schema provisioning may take. */
@ConfigurationProperties("ita.report")
record ReportServiceProperties(String url, Duration connectTimeout, Duration provisionTimeout) {

    ReportServiceProperties {
        url = url == null || url.isBlank() ? "http://127.0.0.1:8082" : url;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        provisionTimeout = provisionTimeout == null ? Duration.ofSeconds(15) : provisionTimeout;
    }
}
