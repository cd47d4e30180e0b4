package th.prongsai.analytics.synthetic;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the generator wrote to the synthetic dataset (never real results).
 *
 * @param nationalMeans fiscal year → mean of the computed overall over all generated agencies
 * @param typeMix       LAO type → agencies of that type in the last year
 */
record SyntheticResult(
        String dataset,
        long seed,
        int agencies,
        int facts,
        int years,
        Map<Integer, BigDecimal> nationalMeans,
        Map<String, Integer> typeMix,
        String label) {}
