package th.prongsai.web.scores;

import java.util.Map;

/** The scores form's values as typed (or as stored), by indicator code; texts, so nothing typed is lost. */
record ScoreForm(Map<String, String> indicators, String publishedOverall, String publishedLevel, String version) {

    public String indicator(Object code) {
        return indicators.getOrDefault(String.valueOf(code), "");
    }
}
