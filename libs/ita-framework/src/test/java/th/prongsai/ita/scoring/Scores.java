package th.prongsai.ita.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Score maps for tests, written the way reports list them: indicator 1 first. */
final class Scores {

    static final String THA_PHAE_2566 = "87.29 72.46 81.21 73.35 68.27 80.92 72.97 68.90 80.00 67.50";
    static final String THA_PHAE_2567 = "82.50 83.06 88.33 65.00 71.80 89.26 82.34 65.20 63.57 43.34";

    private Scores() {}

    /** Indicators 1, 2, 3… from space-separated scores. */
    static Map<String, BigDecimal> of(String scores) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        String[] values = scores.trim().split("\\s+");
        for (int i = 0; i < values.length; i++) {
            map.put(String.valueOf(i + 1), new BigDecimal(values[i]));
        }
        return map;
    }

    /** Every indicator 1–10 at the same score. */
    static Map<String, BigDecimal> all(String score) {
        return of((score + " ").repeat(10));
    }

    /** IIT indicators (1–5), EIT (6–8) and OIT (9–10) each at one score. */
    static Map<String, BigDecimal> byTool(String iit, String eit, String oit) {
        return of((iit + " ").repeat(5) + (eit + " ").repeat(3) + (oit + " ").repeat(2));
    }
}
