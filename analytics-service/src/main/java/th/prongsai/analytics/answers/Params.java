package th.prongsai.analytics.answers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import th.prongsai.analytics.facts.LaoType;
import th.prongsai.analytics.facts.Provinces;
import th.prongsai.ita.framework.Framework;
import th.prongsai.platform.web.ApiProblem;

/** Validation of the answers' parameters: every bad one is a 400 problem naming the field. */
public final class Params {

    static final int MIN_YEAR = 2500;
    static final int MAX_YEAR = 2700;
    /** A DLA 7-digit code or a tenant code; anything else never reaches SQL or a cache key. */
    private static final Pattern CODE = Pattern.compile("\\d{7}|[a-z][a-z0-9-]{1,39}");

    private Params() {}

    public static int year(String field, String value) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            throw ApiProblem.invalid(field, "must be a Buddhist-Era fiscal year between 2500 and 2700");
        }
        int year = Integer.parseInt(value.strip());
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApiProblem.invalid(field, "must be a Buddhist-Era fiscal year between 2500 and 2700");
        }
        return year;
    }

    static int yearOr(String field, String value, int absent) {
        return value == null || value.isBlank() ? absent : year(field, value);
    }

    public static String province(String field, String value) {
        if (value == null || !value.matches("\\d{2}") || !Provinces.isValid(value)) {
            throw ApiProblem.invalid(field, "must be one of the 77 two-digit province codes");
        }
        return value;
    }

    static String laoType(String field, String value) {
        return LaoType.parse(value)
                .map(LaoType::name)
                .orElseThrow(() -> ApiProblem.invalid(
                        field,
                        "must be one of PAO, CITY_MUNICIPALITY, TOWN_MUNICIPALITY,"
                                + " SUBDISTRICT_MUNICIPALITY, SAO, SPECIAL"));
    }

    static String code(String field, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw ApiProblem.invalid(field, "must be a 7-digit DLA code or a tenant code");
        }
        return value;
    }

    /** An indicator of the year's framework, or empty for the overall score. */
    static Optional<String> indicator(Framework framework, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (framework.indicator(value.strip()).isEmpty()) {
            throw ApiProblem.invalid("indicator", "is not an indicator of fiscal year " + framework.fiscalYear());
        }
        return Optional.of(value.strip());
    }

    static boolean csv(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw ApiProblem.invalid("format", "must be json or csv");
    }

    /** national | province:{code} | type:{type}. */
    record Scope(String kind, String value) {

        static Scope parse(String text) {
            if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("national")) {
                return new Scope("national", null);
            }
            String s = text.strip();
            int colon = s.indexOf(':');
            String kind = colon < 0 ? s : s.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : s.substring(colon + 1);
            return switch (kind) {
                case "province" -> {
                    if (!value.matches("\\d{2}") || !Provinces.isValid(value)) {
                        throw ApiProblem.invalid(
                                "scope", "province:{code} needs one of the 77 two-digit province codes");
                    }
                    yield new Scope("province", value);
                }
                case "type" ->
                    new Scope(
                            "type",
                            LaoType.parse(value)
                                    .map(LaoType::name)
                                    .orElseThrow(() ->
                                            ApiProblem.invalid("scope", "type:{type} needs an LAO type such as SAO")));
                default -> throw ApiProblem.invalid("scope", "must be national, province:{code} or type:{type}");
            };
        }

        /** For cache keys and CSV: "national", "province:23", "type:SAO". */
        String text() {
            return value == null ? kind : kind + ":" + value;
        }
    }
}
