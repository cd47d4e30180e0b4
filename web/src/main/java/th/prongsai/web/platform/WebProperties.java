package th.prongsai.web.platform;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway is and how long the web waits for it.
 *
 * @param gatewayUrl the platform's gateway: every API call goes through it, so authorization stays there
 * @param publicUrl  the address citizens use, for permanent links and QR codes
 */
@ConfigurationProperties("ita.web")
public record WebProperties(
        @DefaultValue("http://127.0.0.1:8080") URI gatewayUrl,
        @DefaultValue("http://127.0.0.1:8080") URI publicUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {}
