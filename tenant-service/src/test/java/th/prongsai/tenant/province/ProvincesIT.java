package th.prongsai.tenant.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;

/** The provinces as reference data. */
class ProvincesIT extends RunningService {

    @Test
    void provincesAreTheSeventySevenWithOfficialCodes() {
        Http.Response provinces = http.get("/api/provinces", admin);
        assertThat(provinces.status()).isEqualTo(200);
        assertThat(provinces.json().size()).isEqualTo(77);
        Map<String, String> slugs = new LinkedHashMap<>();
        provinces
                .json()
                .forEach(p -> slugs.put(p.get("code").asString(), p.get("slug").asString()));
        assertThat(slugs)
                .containsEntry("10", "bangkok")
                .containsEntry("23", "trat")
                .containsEntry("80", "nakhon-si-thammarat")
                .containsEntry("92", "trang")
                .containsEntry("96", "narathiwat");
    }
}
