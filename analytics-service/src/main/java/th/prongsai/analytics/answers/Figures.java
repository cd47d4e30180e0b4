package th.prongsai.analytics.answers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Level;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Small shared pieces: rounding of statistics, level labels, the scores jsonb. */
final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final JsonMapper SCORES = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Figures() {}

    /** Means, rates, percentiles: 2 decimals, half up. */
    static BigDecimal two(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Medians and quartiles of 2-decimal scores interpolate by quarters, so 4 decimals are exact
     * ({@code percentile_cont} works in double precision; rounding removes its noise). Shown with ≥ 2 decimals.
     */
    static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : v;
    }

    /** part / whole × 100, 2 decimals; null when whole is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    static LevelView level(Framework framework, String code) {
        String label = framework == null
                ? null
                : framework.levelScheme().levels().stream()
                        .filter(level -> level.code().equals(code))
                        .map(Level::labelTh)
                        .findFirst()
                        .orElse(null);
        return new LevelView(code, label);
    }

    /** The scores jsonb, as exact decimals. */
    static Map<String, BigDecimal> scores(String json) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        JsonNode node = SCORES.readTree(json);
        for (String name : node.propertyNames()) {
            scores.put(name, node.get(name).decimalValue());
        }
        return scores;
    }

    /** A level: its code in the year's scheme and the Thai label. */
    record LevelView(String code, String labelTh) {}
}
