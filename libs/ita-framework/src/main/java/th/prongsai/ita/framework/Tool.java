package th.prongsai.ita.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * An assessment tool (เครื่องมือการประเมิน / แบบวัด), such as IIT, EIT or OIT.
 *
 * @param weight the tool's share of the overall score in percent; the weights of a framework add up to 100
 */
public record Tool(String code, String nameTh, String nameEn, BigDecimal weight, List<Indicator> indicators) {

    public Tool {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
