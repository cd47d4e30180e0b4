package th.prongsai.web.layout;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The APIs' English validation texts turned into a page's Thai (or English) messages: each known text is a
 * pattern whose groups become the message's arguments; an unknown one is shown through the fallback key.
 */
public final class ApiTexts {

    private final List<Map.Entry<Pattern, String>> known;
    private final String fallbackKey;

    public ApiTexts(List<Map.Entry<Pattern, String>> known, String fallbackKey) {
        this.known = List.copyOf(known);
        this.fallbackKey = fallbackKey;
    }

    public String translate(String message, MessageSource messages, Locale locale) {
        String text = message == null ? "" : message;
        for (var entry : known) {
            Matcher m = entry.getKey().matcher(text);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int g = 0; g < args.length; g++) {
                    args[g] = m.group(g + 1);
                }
                return messages.getMessage(entry.getValue(), args, locale);
            }
        }
        return messages.getMessage(fallbackKey, new Object[] {text}, locale);
    }
}
