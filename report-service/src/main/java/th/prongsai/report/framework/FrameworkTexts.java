package th.prongsai.report.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Indicator;
import th.prongsai.ita.framework.Level;
import th.prongsai.ita.framework.OitItem;
import th.prongsai.ita.framework.SubIndicator;
import th.prongsai.ita.framework.Tool;
import th.prongsai.platform.web.InputText;
import th.prongsai.platform.web.Problems;

/**
 * The length of every text of a framework sent to {@code PUT /api/frameworks/{fy}}, and the platform's text rule
 * ({@link InputText}; the framework is read by its own parser, not the platform's strict Jackson): the framework is
 * stored as JSON and printed in every report of its year.
 */
final class FrameworkTexts {

    static final int CODE = 20;
    static final int NAME = 500;
    static final int LABEL = 200;
    static final int EVIDENCE = 1000;
    static final int NOTE = 2000;

    private FrameworkTexts() {}

    static List<Map<String, String>> errors(Framework framework) {
        List<Map<String, String>> errors = new ArrayList<>();
        check(errors, "nameTh", framework.nameTh(), NAME);
        for (int t = 0; t < framework.tools().size(); t++) {
            Tool tool = framework.tools().get(t);
            String path = "tools[" + t + "].";
            check(errors, path + "code", tool.code(), CODE);
            check(errors, path + "nameTh", tool.nameTh(), NAME);
            check(errors, path + "nameEn", tool.nameEn(), NAME);
            for (int i = 0; i < tool.indicators().size(); i++) {
                Indicator indicator = tool.indicators().get(i);
                String at = path + "indicators[" + i + "].";
                check(errors, at + "code", indicator.code(), CODE);
                check(errors, at + "nameTh", indicator.nameTh(), NAME);
                check(errors, at + "nameEn", indicator.nameEn(), NAME);
                for (int s = 0; s < indicator.subIndicators().size(); s++) {
                    SubIndicator sub = indicator.subIndicators().get(s);
                    String sat = at + "subIndicators[" + s + "].";
                    check(errors, sat + "code", sub.code(), CODE);
                    check(errors, sat + "nameTh", sub.nameTh(), NAME);
                    check(errors, sat + "nameEn", sub.nameEn(), NAME);
                }
            }
        }
        check(errors, "levelScheme.code", framework.levelScheme().code(), CODE);
        for (int l = 0; l < framework.levelScheme().levels().size(); l++) {
            Level level = framework.levelScheme().levels().get(l);
            String path = "levelScheme.levels[" + l + "].";
            check(errors, path + "code", level.code(), CODE);
            check(errors, path + "labelTh", level.labelTh(), LABEL);
            check(errors, path + "labelEn", level.labelEn(), LABEL);
        }
        for (int o = 0; o < framework.oitItems().size(); o++) {
            OitItem item = framework.oitItems().get(o);
            String path = "oitItems[" + o + "].";
            check(errors, path + "code", item.code(), CODE);
            check(errors, path + "nameTh", item.nameTh(), NAME);
            check(errors, path + "subIndicator", item.subIndicator(), CODE);
            check(errors, path + "evidenceTh", item.evidenceTh(), EVIDENCE);
        }
        check(errors, "oitNoteTh", framework.oitNoteTh(), NOTE);
        return errors;
    }

    private static void check(List<Map<String, String>> errors, String field, String text, int max) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            errors.add(Problems.fieldError(field, "size must be at most " + max + " characters"));
        } else if (!InputText.acceptable(text)) {
            errors.add(Problems.fieldError(field, InputText.MESSAGE));
        }
    }
}
