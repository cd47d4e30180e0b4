package th.prongsai.gateway.forward;

import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code - WithoutInternalPaths} on an OpenAPI route: whatever a service documents, the public copy never lists
 * its {@code /internal/**} operations (they are unrouted anyway, but their shapes are nobody else's business).
 */
@Component
class WithoutInternalPathsGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final ModifyResponseBodyGatewayFilterFactory modify;
    private final JsonMapper json;

    WithoutInternalPathsGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modify, JsonMapper json) {
        super(Object.class);
        this.modify = modify;
        this.json = json;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return modify.apply(new ModifyResponseBodyGatewayFilterFactory.Config()
                .setRewriteFunction(String.class, String.class, (exchange, body) -> Mono.justOrEmpty(strip(body))));
    }

    String strip(String document) {
        if (document == null) {
            return null;
        }
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (RuntimeException notJson) {
            return document;
        }
        if (!(root.get("paths") instanceof ObjectNode paths)) {
            return document;
        }
        List<String> internal = paths.propertyNames().stream()
                .filter(path -> path.equals("/internal") || path.startsWith("/internal/"))
                .toList();
        if (internal.isEmpty()) {
            return document;
        }
        internal.forEach(paths::remove);
        return json.writeValueAsString(root);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of();
    }
}
