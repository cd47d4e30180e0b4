package th.prongsai.report.scores;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A fiscal year's scores as entered: {@code {"indicators":{"1":82.50,…,"10":43.34}}}, optionally the overall and
 * level the NACC published. {@code version} is required to replace scores already stored (optimistic locking).
 */
public record ScoresRequest(
        @NotNull Map<String, BigDecimal> indicators,
        BigDecimal publishedOverall,
        @Size(max = 40) String publishedLevel,
        Long version) {}
