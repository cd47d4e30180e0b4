package th.prongsai.tenant.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenant.tokens.TokenIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls report-service's idempotent internal operations with a service token: {@code PUT
 * /internal/tenants/{code}/schema} (provisioning) and {@code PUT /internal/tenants/{code}/status} (the guard's
 * status, set before a suspension or activation is answered).
 */
@Component
class ReportServiceClient {

    static final String SERVICE_NAME = "tenant-service";

    record SchemaReady(String code, String schema, String changelogVersion) {}

    /** Provisioning did not succeed; {@code unreachable} separates "no answer" (503) from "answered an error" (502). */
    static class ProvisioningFailed extends RuntimeException {
        private final boolean unreachable;

        ProvisioningFailed(String reason, boolean unreachable, Throwable cause) {
            super(reason, cause);
            this.unreachable = unreachable;
        }

        boolean unreachable() {
            return unreachable;
        }
    }

    private final RestClient client;
    private final TokenIssuer tokens;
    private final JsonMapper json;

    ReportServiceClient(
            RestClient.Builder builder, ReportServiceProperties properties, TokenIssuer tokens, JsonMapper json) {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        factory.setReadTimeout(properties.provisionTimeout());
        this.client = builder.clone()
                .baseUrl(properties.url())
                .requestFactory(factory)
                .build();
        this.tokens = tokens;
        this.json = json;
    }

    SchemaReady provisionSchema(TenantCode code, String province, String nameTh, @Nullable String website) {
        // the main website travels with the name: report-service's OIT link checker compares URLs with it
        Map<String, String> body = new LinkedHashMap<>();
        body.put("province", province);
        body.put("nameTh", nameTh);
        if (website != null) {
            body.put("website", website);
        }
        try {
            SchemaReady ready = client.put()
                    .uri("/internal/tenants/{code}/schema", code.value())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.serviceToken(SERVICE_NAME))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw new ProvisioningFailed(
                                "report-service answered "
                                        + response.getStatusCode().value() + describe(response.getBody()),
                                false,
                                null);
                    })
                    .body(SchemaReady.class);
            if (ready == null || ready.schema() == null) {
                throw new ProvisioningFailed("report-service answered without a schema", false, null);
            }
            return ready;
        } catch (ResourceAccessException e) {
            throw new ProvisioningFailed("report-service unreachable: " + rootMessage(e), true, e);
        } catch (RestClientException e) {
            throw new ProvisioningFailed("report-service gave an unreadable answer: " + rootMessage(e), false, e);
        }
    }

    /**
     * Sets the status report-service's guard enforces, ordered by {@code asOf} there (an older stream event never
     * undoes it). 404 (no schema: never provisioned) is nothing to guard.
     *
     * @throws ProvisioningFailed when report-service could not be told; the stream will tell it later
     */
    void applyStatus(TenantCode code, TenantStatus status, Instant asOf) {
        try {
            client.put()
                    .uri("/internal/tenants/{code}/status", code.value())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.serviceToken(SERVICE_NAME))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.name(), "asOf", asOf.toString()))
                    .retrieve()
                    .onStatus(s -> s.value() == 404, (request, response) -> {})
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw new ProvisioningFailed(
                                "report-service answered "
                                        + response.getStatusCode().value() + describe(response.getBody()),
                                false,
                                null);
                    })
                    .toBodilessEntity();
        } catch (ResourceAccessException e) {
            throw new ProvisioningFailed("report-service unreachable: " + rootMessage(e), true, e);
        } catch (RestClientException e) {
            throw new ProvisioningFailed("report-service gave an unreadable answer: " + rootMessage(e), false, e);
        }
    }

    private String describe(InputStream body) {
        try (body) {
            String text = new String(body.readNBytes(4096), StandardCharsets.UTF_8);
            try {
                JsonNode problem = json.readTree(text);
                String detail = problem.path("detail").asString(null);
                String title = problem.path("title").asString(null);
                String said = detail != null ? detail : title;
                return said == null ? "" : ": " + abbreviate(said);
            } catch (RuntimeException notJson) {
                return text.isBlank() ? "" : ": " + abbreviate(text);
            }
        } catch (IOException e) {
            return "";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " " + abbreviate(message));
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
