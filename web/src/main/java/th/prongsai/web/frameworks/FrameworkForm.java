package th.prongsai.web.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework as the form edits it: every value kept as the text the administrator typed, so a refused save
 * shows exactly what was typed. Mutable beans because Spring binds indexed paths such as
 * {@code tools[0].indicators[2].nameTh} onto them; the API, not this class, decides what is valid.
 */
class FrameworkForm {

    private String fiscalYear = "";
    private String nameTh = "";
    private String passMark = "";
    private String roundingScale = "";
    private String roundingMode = "";
    private String levelSchemeCode = "";
    private List<ToolForm> tools = new ArrayList<>();
    private List<LevelForm> levels = new ArrayList<>();

    /** The form filled from the API's framework document ({@code GET /api/frameworks/{fy}}). */
    @SuppressWarnings("unchecked")
    static FrameworkForm of(Map<String, Object> framework) {
        FrameworkForm form = new FrameworkForm();
        form.fiscalYear = text(framework.get("fiscalYear"));
        form.nameTh = text(framework.get("nameTh"));
        form.passMark = text(framework.get("passMark"));
        Map<String, Object> rounding = (Map<String, Object>) framework.getOrDefault("rounding", Map.of());
        form.roundingScale = text(rounding.get("scale"));
        form.roundingMode = text(rounding.get("mode"));
        for (Map<String, Object> tool : (List<Map<String, Object>>) framework.getOrDefault("tools", List.of())) {
            ToolForm t = new ToolForm();
            t.setCode(text(tool.get("code")));
            t.setNameTh(text(tool.get("nameTh")));
            t.setNameEn(text(tool.get("nameEn")));
            t.setWeight(text(tool.get("weight")));
            for (Map<String, Object> indicator :
                    (List<Map<String, Object>>) tool.getOrDefault("indicators", List.of())) {
                IndicatorForm i = new IndicatorForm();
                i.setCode(text(indicator.get("code")));
                i.setNameTh(text(indicator.get("nameTh")));
                i.setNameEn(text(indicator.get("nameEn")));
                for (Map<String, Object> sub :
                        (List<Map<String, Object>>) indicator.getOrDefault("subIndicators", List.of())) {
                    NamedForm s = new NamedForm();
                    s.setCode(text(sub.get("code")));
                    s.setNameTh(text(sub.get("nameTh")));
                    s.setNameEn(text(sub.get("nameEn")));
                    i.getSubIndicators().add(s);
                }
                t.getIndicators().add(i);
            }
            form.tools.add(t);
        }
        Map<String, Object> scheme = (Map<String, Object>) framework.getOrDefault("levelScheme", Map.of());
        form.levelSchemeCode = text(scheme.get("code"));
        for (Map<String, Object> level : (List<Map<String, Object>>) scheme.getOrDefault("levels", List.of())) {
            LevelForm l = new LevelForm();
            l.setCode(text(level.get("code")));
            l.setLabelTh(text(level.get("labelTh")));
            l.setLabelEn(text(level.get("labelEn")));
            l.setMinOverall(text(level.get("minOverall")));
            l.setMinEachTool(text(level.get("minEachTool")));
            l.setPassed(Boolean.TRUE.equals(level.get("passed")));
            form.levels.add(l);
        }
        return form;
    }

    /**
     * The document for {@code PUT /api/frameworks/{fy}}. A number that does not parse is sent as the text typed
     * and an empty one as null, so the API's validator names the field ("must be a number", "is missing").
     */
    Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("fiscalYear", number(fiscalYear));
        doc.put("nameTh", string(nameTh));
        doc.put("passMark", number(passMark));
        Map<String, Object> rounding = new LinkedHashMap<>();
        rounding.put("scale", number(roundingScale));
        rounding.put("mode", string(roundingMode));
        doc.put("rounding", rounding);
        List<Map<String, Object>> toolDocs = new ArrayList<>();
        for (ToolForm tool : tools) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("code", string(tool.getCode()));
            t.put("nameTh", string(tool.getNameTh()));
            t.put("nameEn", string(tool.getNameEn()));
            t.put("weight", number(tool.getWeight()));
            List<Map<String, Object>> indicatorDocs = new ArrayList<>();
            for (IndicatorForm indicator : tool.getIndicators()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("code", string(indicator.getCode()));
                i.put("nameTh", string(indicator.getNameTh()));
                i.put("nameEn", string(indicator.getNameEn()));
                List<Map<String, Object>> subDocs = new ArrayList<>();
                for (NamedForm sub : indicator.getSubIndicators()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("code", string(sub.getCode()));
                    s.put("nameTh", string(sub.getNameTh()));
                    s.put("nameEn", string(sub.getNameEn()));
                    subDocs.add(s);
                }
                i.put("subIndicators", subDocs);
                indicatorDocs.add(i);
            }
            t.put("indicators", indicatorDocs);
            toolDocs.add(t);
        }
        doc.put("tools", toolDocs);
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("code", string(levelSchemeCode));
        List<Map<String, Object>> levelDocs = new ArrayList<>();
        for (LevelForm level : levels) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("code", string(level.getCode()));
            l.put("labelTh", string(level.getLabelTh()));
            l.put("labelEn", string(level.getLabelEn()));
            l.put("minOverall", number(level.getMinOverall()));
            l.put("minEachTool", number(level.getMinEachTool()));
            l.put("passed", level.isPassed());
            levelDocs.add(l);
        }
        scheme.put("levels", levelDocs);
        doc.put("levelScheme", scheme);
        return doc;
    }

    /** The fiscal year typed, when it is a four-digit year the path can carry. */
    Integer year() {
        String y = fiscalYear == null ? "" : fiscalYear.strip();
        return y.matches("\\d{4}") ? Integer.valueOf(y) : null;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String string(String value) {
        return value == null ? null : value.strip();
    }

    private static Object number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.matches("-?\\d+") ? (Object) Long.valueOf(v) : new BigDecimal(v);
        } catch (NumberFormatException e) {
            return v;
        }
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(String fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public String getNameTh() {
        return nameTh;
    }

    public void setNameTh(String nameTh) {
        this.nameTh = nameTh;
    }

    public String getPassMark() {
        return passMark;
    }

    public void setPassMark(String passMark) {
        this.passMark = passMark;
    }

    public String getRoundingScale() {
        return roundingScale;
    }

    public void setRoundingScale(String roundingScale) {
        this.roundingScale = roundingScale;
    }

    public String getRoundingMode() {
        return roundingMode;
    }

    public void setRoundingMode(String roundingMode) {
        this.roundingMode = roundingMode;
    }

    public String getLevelSchemeCode() {
        return levelSchemeCode;
    }

    public void setLevelSchemeCode(String levelSchemeCode) {
        this.levelSchemeCode = levelSchemeCode;
    }

    public List<ToolForm> getTools() {
        return tools;
    }

    public void setTools(List<ToolForm> tools) {
        this.tools = tools;
    }

    public List<LevelForm> getLevels() {
        return levels;
    }

    public void setLevels(List<LevelForm> levels) {
        this.levels = levels;
    }

    /** A code with a Thai and an English name: a sub-indicator, and the base of tools and indicators. */
    public static class NamedForm {
        private String code = "";
        private String nameTh = "";
        private String nameEn = "";

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNameTh() {
            return nameTh;
        }

        public void setNameTh(String nameTh) {
            this.nameTh = nameTh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }
    }

    public static class IndicatorForm extends NamedForm {
        private List<NamedForm> subIndicators = new ArrayList<>();

        public List<NamedForm> getSubIndicators() {
            return subIndicators;
        }

        public void setSubIndicators(List<NamedForm> subIndicators) {
            this.subIndicators = subIndicators;
        }
    }

    public static class ToolForm extends NamedForm {
        private String weight = "";
        private List<IndicatorForm> indicators = new ArrayList<>();

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public List<IndicatorForm> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<IndicatorForm> indicators) {
            this.indicators = indicators;
        }
    }

    public static class LevelForm {
        private String code = "";
        private String labelTh = "";
        private String labelEn = "";
        private String minOverall = "";
        private String minEachTool = "";
        private boolean passed;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabelTh() {
            return labelTh;
        }

        public void setLabelTh(String labelTh) {
            this.labelTh = labelTh;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getMinOverall() {
            return minOverall;
        }

        public void setMinOverall(String minOverall) {
            this.minOverall = minOverall;
        }

        public String getMinEachTool() {
            return minEachTool;
        }

        public void setMinEachTool(String minEachTool) {
            this.minEachTool = minEachTool;
        }

        public boolean isPassed() {
            return passed;
        }

        public void setPassed(boolean passed) {
            this.passed = passed;
        }
    }
}
