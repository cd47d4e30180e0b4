package th.prongsai.ita.framework;

import java.util.List;

/** An indicator (ตัวชี้วัด), scored 0–100; its code is "1".."10" in the built-in years. */
public record Indicator(String code, String nameTh, String nameEn, List<SubIndicator> subIndicators) {

    public Indicator {
        subIndicators = subIndicators == null ? List.of() : List.copyOf(subIndicators);
    }
}
