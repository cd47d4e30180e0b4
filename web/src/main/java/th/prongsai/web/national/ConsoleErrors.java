package th.prongsai.web.national;

import java.util.Set;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.platform.ApiException;

/**
 * How the console forms read the API's refusals: the API names the fields (its texts are English bean-validation
 * messages), the page says in Thai what each field needs.
 */
final class ConsoleErrors {

    private ConsoleErrors() {}

    /** Each field of {@code known} (by its last name) gets the key {@code prefix + field}, others the standard text. */
    static FormErrors from(ApiException e, String prefix, Set<String> known) {
        return FormErrors.from(e, (error, standard) -> {
            String field = error.field().substring(error.field().lastIndexOf('.') + 1);
            Message message = known.contains(field) ? Message.ofKey(prefix + field) : standard.message();
            return new Issue(field, field.replace('[', '-').replace("]", ""), null, null, message);
        });
    }
}
