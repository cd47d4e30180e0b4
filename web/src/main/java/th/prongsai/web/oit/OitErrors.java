package th.prongsai.web.oit;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.platform.ApiException;

/**
 * How the answer form reads the API's refusals: every error of a URL ({@code urls[2]}) belongs to the one URL box,
 * and the API's English validation sentences become the page's Thai messages.
 */
final class OitErrors {

    private static final List<Map.Entry<Pattern, String>> KNOWN = FormErrors.withValidation(List.of(
            Map.entry(Pattern.compile("must be an absolute http or https address"), "oit.error.url"),
            Map.entry(Pattern.compile("is given twice"), "oit.error.duplicate"),
            Map.entry(Pattern.compile("is not a department of this municipality"), "oit.error.department"),
            Map.entry(Pattern.compile("must be empty when hasData is false.*"), "oit.error.noDataUrls")));

    private static final List<String> FIELDS = List.of("hasData", "urls", "explanation", "departmentId", "dueDate");

    private OitErrors() {}

    static FormErrors from(ApiException e) {
        return FormErrors.from(e, (error, standard) -> {
                    String field = error.field() == null ? "" : error.field().replaceAll("[\\[.].*$", "");
                    Message message = FormErrors.translate(error.message(), KNOWN);
                    if (message.key() == null) {
                        message = standard.message();
                    }
                    if (!FIELDS.contains(field)) {
                        return new Issue(null, null, null, null, message);
                    }
                    return new Issue(field, field, "oit.field." + field, null, message);
                })
                .inOrder(FIELDS);
    }
}
