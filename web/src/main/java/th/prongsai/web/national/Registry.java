package th.prongsai.web.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import th.prongsai.web.platform.GatewayClient;

/** The registry's reference lists as the console's forms and tables show them: provinces and the six LAO types. */
@Component
class Registry {

    static final List<String> TYPES =
            List.of("PAO", "CITY_MUNICIPALITY", "TOWN_MUNICIPALITY", "SUBDISTRICT_MUNICIPALITY", "SAO", "SPECIAL");
    static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "PROVISIONING", "FAILED", "ARCHIVED");

    private final GatewayClient gateway;

    Registry(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** The 77 provinces in code order. */
    List<Map<String, Object>> provinces() {
        return gateway.list("/api/provinces");
    }

    /** Province code → Thai name, for tables. */
    Map<String, String> provinceNames(List<Map<String, Object>> provinces) {
        Map<String, String> names = new LinkedHashMap<>();
        provinces.forEach(p -> names.put(String.valueOf(p.get("code")), String.valueOf(p.get("nameTh"))));
        return names;
    }
}
