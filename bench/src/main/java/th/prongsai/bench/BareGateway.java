package th.prongsai.bench;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;

/**
 * The framework's floor for bench/gateway: Spring Cloud Gateway with one route to report-service and no filter of
 * ours (no JWT, tenant guard, rate limit or proof; the client sends the tenant header and proof itself, as to the
 * service directly). Run: {@code java -Dloader.main=th.prongsai.bench.BareGateway -jar bench.jar
 * --server.port=8091 --bench.upstream=http://127.0.0.1:8082}.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class BareGateway {

    public static void main(String[] args) {
        // the bench jar logs through slf4j-simple; Boot's Logback set-up would refuse it
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        SpringApplication app = new SpringApplication(BareGateway.class);
        app.setDefaultProperties(Map.of("server.port", "8091", "spring.main.banner-mode", "off"));
        app.run(args);
    }

    @Bean
    RouteLocator routes(
            RouteLocatorBuilder builder, @Value("${bench.upstream:http://127.0.0.1:8082}") String upstream) {
        return builder.routes()
                .route("report", r -> r.path("/t/**").uri(upstream))
                .build();
    }
}
