package th.prongsai.analytics.facts;

import java.util.Locale;
import th.prongsai.platform.web.ApiProblem;

/** Which national picture a fact belongs to; synthetic rows are never mixed into real answers. */
public enum Dataset {
    REAL,
    SYNTHETIC;

    /** The value stored in {@code score_facts.dataset} and used in URLs: "real" / "synthetic". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "real" or "synthetic" (any case); null or blank means real. A 400 problem on anything else. */
    public static Dataset parse(String s) {
        if (s == null || s.isBlank()) {
            return REAL;
        }
        for (Dataset dataset : values()) {
            if (dataset.key().equalsIgnoreCase(s.strip())) {
                return dataset;
            }
        }
        throw ApiProblem.invalid("dataset", "must be real or synthetic");
    }
}
