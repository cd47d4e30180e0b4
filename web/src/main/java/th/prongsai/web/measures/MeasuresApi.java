package th.prongsai.web.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/**
 * The report-service endpoints the measure pages use, through the gateway with the user's token, and the
 * choices forms offer (the year's framework, themes, the municipality's departments) as the API lists them.
 */
@Component
class MeasuresApi {

    static final String MEASURES = "/t/{code}/api/fiscal-years/{fy}/measures";
    static final String MEASURE = MEASURES + "/{id}";
    static final String ATTACHMENTS = MEASURE + "/attachments";
    static final String ATTACHMENT = ATTACHMENTS + "/{attachmentId}";
    static final String THEMES = "/t/{code}/api/fiscal-years/{fy}/themes";
    static final String DEPARTMENTS = "/t/{code}/api/departments";

    /** An indicator or sub-indicator of the year's framework, as a choice: "9.1 ข้อมูลพื้นฐาน". */
    public record Indicator(String code, String name, boolean sub) {}

    private final GatewayClient gateway;

    MeasuresApi(GatewayClient gateway) {
        this.gateway = gateway;
    }

    GatewayClient gateway() {
        return gateway;
    }

    List<Map<String, Object>> measures(String code, int fy) {
        return gateway.list(MEASURES + "?size=500", code, fy);
    }

    /** The year's measures the API's filters keep; an empty filter is not sent. */
    List<Map<String, Object>> measures(String code, int fy, String status, String theme, String indicator, String q) {
        StringBuilder template = new StringBuilder(MEASURES + "?size=500");
        List<Object> variables = new ArrayList<>(List.of(code, fy));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("theme", theme);
        filters.put("indicator", indicator);
        filters.put("q", q);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                template.append('&').append(name).append("={").append(name).append('}');
                variables.add(value);
            }
        });
        return gateway.list(template.toString(), variables.toArray());
    }

    Map<String, Object> measure(String code, int fy, long id) {
        return gateway.get(MEASURE, code, fy, id);
    }

    Map<String, Object> create(String code, int fy, Map<String, Object> body) {
        return gateway.post(MEASURES, body, code, fy);
    }

    Map<String, Object> update(String code, int fy, long id, Map<String, Object> body) {
        return gateway.put(MEASURE, body, code, fy, id);
    }

    void delete(String code, int fy, long id) {
        gateway.delete(MEASURE, code, fy, id);
    }

    /** Renumbers the year; the answer (the renumbered list) is read again by the page this redirects to. */
    void reorder(String code, int fy, List<Long> ids) {
        gateway.put(MEASURES + "/order", Map.of("measureIds", ids), GatewayClient.LIST, code, fy);
    }

    Map<String, Object> copy(String code, int fy, int from) {
        return gateway.post(MEASURES + "/copy", Map.of("fromFiscalYear", from), code, fy);
    }

    Map<String, Object> attach(String code, int fy, long id, MultiValueMap<String, ?> parts) {
        return gateway.postMultipart(ATTACHMENTS, parts, code, fy, id);
    }

    GatewayClient.Download attachment(String code, int fy, long id, long attachmentId) {
        return gateway.download(ATTACHMENT, code, fy, id, attachmentId);
    }

    void deleteAttachment(String code, int fy, long id, long attachmentId) {
        gateway.delete(ATTACHMENT, code, fy, id, attachmentId);
    }

    List<Map<String, Object>> themes(String code, int fy) {
        return gateway.list(THEMES, code, fy);
    }

    List<Map<String, Object>> departments(String code) {
        return gateway.list(DEPARTMENTS, code);
    }

    /** The indicators and sub-indicators of the year's framework, in order; none when the year has no framework yet. */
    @SuppressWarnings("unchecked")
    List<Indicator> indicators(int fy) {
        Map<String, Object> framework;
        try {
            framework = gateway.get("/api/frameworks/{fy}", fy);
        } catch (ApiException.NotFound noFrameworkYet) {
            return List.of();
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        List<Indicator> out = new ArrayList<>();
        for (Map<String, Object> tool : (List<Map<String, Object>>) framework.getOrDefault("tools", List.of())) {
            for (Map<String, Object> indicator :
                    (List<Map<String, Object>>) tool.getOrDefault("indicators", List.of())) {
                out.add(new Indicator(str(indicator.get("code")), name(indicator, english), false));
                for (Map<String, Object> sub :
                        (List<Map<String, Object>>) indicator.getOrDefault("subIndicators", List.of())) {
                    out.add(new Indicator(str(sub.get("code")), name(sub, english), true));
                }
            }
        }
        return out;
    }

    /** Names by id (departments, themes) for lists and the read-only view. */
    static Map<String, String> byId(List<Map<String, Object>> items, String field) {
        Map<String, String> names = new LinkedHashMap<>();
        items.forEach(i -> names.put(str(i.get("id")), str(i.get(field))));
        return names;
    }

    static Map<String, String> indicatorNames(List<Indicator> indicators) {
        Map<String, String> names = new LinkedHashMap<>();
        indicators.forEach(i -> names.put(i.code(), i.name()));
        return names;
    }

    private static String name(Map<String, Object> item, boolean english) {
        Object name = english && item.get("nameEn") != null ? item.get("nameEn") : item.get("nameTh");
        return str(name);
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
