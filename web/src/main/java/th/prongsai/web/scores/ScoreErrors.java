package th.prongsai.web.scores;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.platform.ApiException;

/**
 * How the scores form reads the API's refusals ({@code indicators.3}, {@code publishedOverall}, …): the API says
 * what is wrong in English, so its known sentences become the scores pages' Thai message keys.
 */
final class ScoreErrors {

    private static final List<Map.Entry<Pattern, String>> KNOWN = List.of(
            sentence("has the wrong type or format", "scores.error.format"),
            sentence("score must be between 0 and 100", "scores.error.range"),
            sentence("score must have at most 2 decimals", "scores.error.decimals"),
            sentence("score is missing", "scores.error.missing"),
            sentence("score must not be null", "scores.error.missing"),
            sentence("must be between 0 and 100 with at most 2 decimals", "scores.error.overall"));

    private ScoreErrors() {}

    static FormErrors from(ApiException e) {
        return FormErrors.from(e, (error, standard) -> {
            Message own = FormErrors.translate(error.message(), KNOWN);
            if (own.key() == null
                    && "publishedLevel".equals(error.field())
                    && error.message().startsWith("must be one of")) {
                own = Message.ofKey("scores.error.level");
            }
            return own.key() != null ? standard.with(own) : standard;
        });
    }

    private static Map.Entry<Pattern, String> sentence(String text, String key) {
        return Map.entry(Pattern.compile(Pattern.quote(text)), key);
    }
}
