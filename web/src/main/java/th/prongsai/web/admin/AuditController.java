package th.prongsai.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The municipality's audit log ({@code /t/{code}/api/audit-log}): newest first, a page at a time (the API pages by
 * {@code before}, the oldest id shown), and the history of one item (the API filters by entity and id together).
 * Each entry shows who, when, what, and the values that differ before and after.
 */
@Controller
class AuditController {

    /** The kinds of data report-service records (its audit.record calls). */
    static final List<String> ENTITIES = List.of(
            "measure", "theme", "scores", "department", "attachment", "fiscal-year", "report", "report-settings");

    static final List<Integer> SIZES = List.of(20, 50, 100);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bookkeeping that changes with every edit and tells a person nothing. */
    private static final Set<String> NOT_SHOWN = Set.of("version", "updatedAt", "createdAt");

    private final GatewayClient gateway;

    AuditController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** One value that changed; {@code before} or {@code after} is null when the entry has none. */
    public record Change(String key, String before, String after) {}

    public record Entry(Map<String, Object> entry, List<Change> changes) {}

    @GetMapping("/m/{code}/audit")
    String page(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String entity,
            @RequestParam(defaultValue = "") String entityId,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") int size,
            Model model) {
        AdminOnly.require(code);
        int pageSize = SIZES.contains(size) ? size : 50;
        String kind = ENTITIES.contains(entity) ? entity : "";
        String id = entityId.strip();
        FormErrors errors = FormErrors.none();
        if (!kind.isEmpty() != !id.isEmpty() || (!id.isEmpty() && !id.matches("[1-9]\\d{0,17}"))) {
            errors = FormErrors.of(Map.of(kind.isEmpty() ? "entity" : "entityId", "audit.error.filter"));
        }
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromPath("/t/{code}/api/audit-log").queryParam("size", pageSize);
        if (!errors.any() && !kind.isEmpty()) {
            uri.queryParam("entity", kind).queryParam("entityId", id);
        }
        if (before != null && before > 0) {
            uri.queryParam("before", before);
        }
        List<Map<String, Object>> page;
        try {
            page = gateway.list(uri.build().toUriString(), code);
        } catch (ApiException.Invalid e) {
            errors = FormErrors.from(e);
            page = List.of();
        }
        List<Entry> entries = page.stream()
                .map(e -> new Entry(e, changes(e.get("before"), e.get("after"))))
                .toList();
        model.addAttribute("entries", entries);
        model.addAttribute("entity", kind);
        model.addAttribute("entityId", id);
        model.addAttribute("size", pageSize);
        model.addAttribute("firstPage", before == null);
        model.addAttribute("olderThan", page.size() == pageSize ? page.getLast().get("id") : null);
        model.addAttribute("entities", ENTITIES);
        model.addAttribute("sizes", SIZES);
        model.addAttribute("errors", errors);
        return "admin/audit";
    }

    /** The keys whose values differ, or the whole value when one side is not an object. */
    @SuppressWarnings("unchecked")
    static List<Change> changes(Object before, Object after) {
        List<Change> changes = new ArrayList<>();
        if ((before == null || before instanceof Map)
                && (after == null || after instanceof Map)
                && (before != null || after != null)) {
            Map<String, Object> b = before == null ? Map.of() : (Map<String, Object>) before;
            Map<String, Object> a = after == null ? Map.of() : (Map<String, Object>) after;
            Set<String> keys = new LinkedHashSet<>(b.keySet());
            keys.addAll(a.keySet());
            for (String key : keys) {
                if (!NOT_SHOWN.contains(key) && !Objects.equals(b.get(key), a.get(key))) {
                    changes.add(new Change(
                            key, before == null ? null : show(b.get(key)), after == null ? null : show(a.get(key))));
                }
            }
            return changes;
        }
        if (before != null || after != null) {
            changes.add(new Change("", show(before), show(after)));
        }
        return changes;
    }

    private static String show(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof String s) {
            return s;
        }
        String text = value instanceof Map || value instanceof List ? JSON.writeValueAsString(value) : value.toString();
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
