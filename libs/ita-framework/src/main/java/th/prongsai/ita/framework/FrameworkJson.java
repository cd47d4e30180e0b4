package th.prongsai.ita.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes frameworks as JSON. The tree is read by hand rather than data-bound so that every problem is
 * reported with its path ("tools[0].weight") and numbers keep their exact decimal form, which makes
 * {@code parse(write(f)).equals(f)} hold.
 */
public final class FrameworkJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private FrameworkJson() {}

    /**
     * A framework from its JSON form, checked by {@link FrameworkValidator}.
     *
     * @throws InvalidFrameworkException when the JSON is malformed, a field is missing or of the wrong type, or a
     *                                   validation rule is broken
     */
    public static Framework parse(String json) {
        if (json == null) {
            throw new InvalidFrameworkException(List.of(new Violation("$", "JSON must not be null")));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidFrameworkException(
                    List.of(new Violation("$", "malformed JSON: " + e.getOriginalMessage())));
        }
        Reader reader = new Reader();
        Framework framework = reader.framework(root);
        if (!reader.violations.isEmpty()) {
            throw new InvalidFrameworkException(reader.violations);
        }
        List<Violation> violations = FrameworkValidator.validate(framework);
        if (!violations.isEmpty()) {
            throw new InvalidFrameworkException(violations);
        }
        return framework;
    }

    /** The canonical JSON form: fixed field order, two-space indentation, numbers as exact decimals. */
    public static String write(Framework framework) {
        ObjectNode root = NODES.objectNode();
        root.put("fiscalYear", framework.fiscalYear());
        root.put("nameTh", framework.nameTh());
        root.put("passMark", framework.passMark());
        ObjectNode rounding = root.putObject("rounding");
        rounding.put("scale", framework.rounding().scale());
        rounding.put("mode", framework.rounding().mode().name());
        ArrayNode tools = root.putArray("tools");
        for (Tool tool : framework.tools()) {
            ObjectNode toolNode = tools.addObject();
            toolNode.put("code", tool.code());
            toolNode.put("nameTh", tool.nameTh());
            toolNode.put("nameEn", tool.nameEn());
            toolNode.put("weight", tool.weight());
            ArrayNode indicators = toolNode.putArray("indicators");
            for (Indicator indicator : tool.indicators()) {
                ObjectNode indicatorNode = indicators.addObject();
                indicatorNode.put("code", indicator.code());
                indicatorNode.put("nameTh", indicator.nameTh());
                indicatorNode.put("nameEn", indicator.nameEn());
                ArrayNode subs = indicatorNode.putArray("subIndicators");
                for (SubIndicator sub : indicator.subIndicators()) {
                    ObjectNode subNode = subs.addObject();
                    subNode.put("code", sub.code());
                    subNode.put("nameTh", sub.nameTh());
                    subNode.put("nameEn", sub.nameEn());
                }
            }
        }
        ObjectNode scheme = root.putObject("levelScheme");
        scheme.put("code", framework.levelScheme().code());
        ArrayNode levels = scheme.putArray("levels");
        for (Level level : framework.levelScheme().levels()) {
            ObjectNode levelNode = levels.addObject();
            levelNode.put("code", level.code());
            levelNode.put("labelTh", level.labelTh());
            levelNode.put("labelEn", level.labelEn());
            levelNode.put("minOverall", level.minOverall());
            if (level.minEachTool() == null) {
                levelNode.putNull("minEachTool");
            } else {
                levelNode.put("minEachTool", level.minEachTool());
            }
            levelNode.put("passed", level.passed());
        }
        ArrayNode items = root.putArray("oitItems");
        for (OitItem item : framework.oitItems()) {
            ObjectNode itemNode = items.addObject();
            itemNode.put("code", item.code());
            itemNode.put("nameTh", item.nameTh());
            itemNode.put("subIndicator", item.subIndicator());
            itemNode.put("evidenceTh", item.evidenceTh());
            itemNode.put("answeredByMeasureReport", item.answeredByMeasureReport());
        }
        if (framework.itasWindow() == null) {
            root.putNull("itasWindow");
        } else {
            ObjectNode window = root.putObject("itasWindow");
            window.put(
                    "opens",
                    framework.itasWindow().opens() == null
                            ? null
                            : framework.itasWindow().opens().toString());
            window.put(
                    "closes",
                    framework.itasWindow().closes() == null
                            ? null
                            : framework.itasWindow().closes().toString());
        }
        if (framework.oitNoteTh() == null) {
            root.putNull("oitNoteTh");
        } else {
            root.put("oitNoteTh", framework.oitNoteTh());
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    /** Walks the JSON tree, collecting structural problems instead of failing on the first. */
    private static final class Reader {

        private final List<Violation> violations = new ArrayList<>();

        Framework framework(JsonNode root) {
            if (!expectObject(
                    root,
                    "$",
                    Set.of(
                            "fiscalYear",
                            "nameTh",
                            "passMark",
                            "rounding",
                            "tools",
                            "levelScheme",
                            "oitItems",
                            "itasWindow",
                            "oitNoteTh"))) {
                return null;
            }
            Integer fiscalYear = integer(root, "fiscalYear", "fiscalYear");
            String nameTh = string(root, "nameTh", "nameTh");
            BigDecimal passMark = decimal(root, "passMark", "passMark", false);
            Rounding rounding = rounding(root.get("rounding"));
            List<Tool> tools = list(root, "tools", "tools", this::tool);
            LevelScheme scheme = levelScheme(root.get("levelScheme"));
            // The OIT fields came later: a framework stored before them (or from an older client) has none.
            List<OitItem> items =
                    absent(root.get("oitItems")) ? List.of() : list(root, "oitItems", "oitItems", this::oitItem);
            ItasWindow window = absent(root.get("itasWindow")) ? null : itasWindow(root.get("itasWindow"));
            String note = absent(root.get("oitNoteTh")) ? null : string(root, "oitNoteTh", "oitNoteTh");
            if (!violations.isEmpty()) {
                return null;
            }
            return new Framework(fiscalYear, nameTh, passMark, rounding, tools, scheme, items, window, note);
        }

        private static boolean absent(JsonNode node) {
            return node == null || node.isNull() || node.isMissingNode();
        }

        private OitItem oitItem(JsonNode node, String path) {
            if (!expectObject(
                    node, path, Set.of("code", "nameTh", "subIndicator", "evidenceTh", "answeredByMeasureReport"))) {
                return null;
            }
            Boolean byReport = absent(node.get("answeredByMeasureReport"))
                    ? Boolean.FALSE
                    : bool(node, "answeredByMeasureReport", path + ".answeredByMeasureReport");
            return new OitItem(
                    string(node, "code", path + ".code"),
                    string(node, "nameTh", path + ".nameTh"),
                    string(node, "subIndicator", path + ".subIndicator"),
                    string(node, "evidenceTh", path + ".evidenceTh"),
                    byReport != null && byReport);
        }

        private ItasWindow itasWindow(JsonNode node) {
            if (!expectObject(node, "itasWindow", Set.of("opens", "closes"))) {
                return null;
            }
            return new ItasWindow(date(node, "opens", "itasWindow.opens"), date(node, "closes", "itasWindow.closes"));
        }

        private LocalDate date(JsonNode parent, String name, String path) {
            String text = string(parent, name, path);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                violations.add(new Violation(path, "must be an ISO date such as 2024-03-01"));
                return null;
            }
        }

        private Rounding rounding(JsonNode node) {
            if (!expectObject(node, "rounding", Set.of("scale", "mode"))) {
                return null;
            }
            Integer scale = integer(node, "scale", "rounding.scale");
            String mode = string(node, "mode", "rounding.mode");
            if (scale == null || mode == null) {
                return null;
            }
            try {
                return new Rounding(scale, RoundingMode.valueOf(mode));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("rounding.mode", "unknown rounding mode \"" + mode + "\""));
                return null;
            }
        }

        private Tool tool(JsonNode node, String path) {
            if (!expectObject(node, path, Set.of("code", "nameTh", "nameEn", "weight", "indicators"))) {
                return null;
            }
            return new Tool(
                    string(node, "code", path + ".code"),
                    string(node, "nameTh", path + ".nameTh"),
                    string(node, "nameEn", path + ".nameEn"),
                    decimal(node, "weight", path + ".weight", false),
                    list(node, "indicators", path + ".indicators", this::indicator));
        }

        private Indicator indicator(JsonNode node, String path) {
            if (!expectObject(node, path, Set.of("code", "nameTh", "nameEn", "subIndicators"))) {
                return null;
            }
            return new Indicator(
                    string(node, "code", path + ".code"),
                    string(node, "nameTh", path + ".nameTh"),
                    string(node, "nameEn", path + ".nameEn"),
                    list(node, "subIndicators", path + ".subIndicators", this::subIndicator));
        }

        private SubIndicator subIndicator(JsonNode node, String path) {
            if (!expectObject(node, path, Set.of("code", "nameTh", "nameEn"))) {
                return null;
            }
            return new SubIndicator(
                    string(node, "code", path + ".code"),
                    string(node, "nameTh", path + ".nameTh"),
                    string(node, "nameEn", path + ".nameEn"));
        }

        private LevelScheme levelScheme(JsonNode node) {
            if (!expectObject(node, "levelScheme", Set.of("code", "levels"))) {
                return null;
            }
            return new LevelScheme(
                    string(node, "code", "levelScheme.code"), list(node, "levels", "levelScheme.levels", this::level));
        }

        private Level level(JsonNode node, String path) {
            if (!expectObject(
                    node, path, Set.of("code", "labelTh", "labelEn", "minOverall", "minEachTool", "passed"))) {
                return null;
            }
            Boolean passed = bool(node, "passed", path + ".passed");
            return new Level(
                    string(node, "code", path + ".code"),
                    string(node, "labelTh", path + ".labelTh"),
                    string(node, "labelEn", path + ".labelEn"),
                    decimal(node, "minOverall", path + ".minOverall", false),
                    decimal(node, "minEachTool", path + ".minEachTool", true),
                    passed != null && passed);
        }

        private boolean expectObject(JsonNode node, String path, Set<String> known) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                violations.add(new Violation(path, "is missing"));
                return false;
            }
            if (!node.isObject()) {
                violations.add(new Violation(path, "must be an object"));
                return false;
            }
            // Unknown fields are refused: a misspelt "minEachtool" would otherwise silently drop a tool condition.
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    violations.add(new Violation(join(path, name), "unknown field"));
                }
            }
            return true;
        }

        private <T> List<T> list(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> element) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                violations.add(new Violation(path, "is missing"));
                return List.of();
            }
            if (!node.isArray()) {
                violations.add(new Violation(path, "must be an array"));
                return List.of();
            }
            List<T> result = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                T value = element.apply(node.get(i), path + "[" + i + "]");
                if (value != null) {
                    result.add(value);
                }
            }
            return result;
        }

        private String string(JsonNode parent, String name, String path) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                violations.add(new Violation(path, "is missing"));
                return null;
            }
            if (!node.isString()) {
                violations.add(new Violation(path, "must be a string"));
                return null;
            }
            return node.stringValue();
        }

        private Integer integer(JsonNode parent, String name, String path) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                violations.add(new Violation(path, "is missing"));
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                violations.add(new Violation(path, "must be a whole number"));
                return null;
            }
            return node.intValue();
        }

        private BigDecimal decimal(JsonNode parent, String name, String path, boolean nullable) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                if (!nullable) {
                    violations.add(new Violation(path, "is missing"));
                }
                return null;
            }
            if (!node.isNumber()) {
                violations.add(new Violation(path, "must be a number"));
                return null;
            }
            return node.decimalValue();
        }

        private Boolean bool(JsonNode parent, String name, String path) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                violations.add(new Violation(path, "is missing"));
                return null;
            }
            if (!node.isBoolean()) {
                violations.add(new Violation(path, "must be true or false"));
                return null;
            }
            return node.booleanValue();
        }

        private static String join(String path, String name) {
            return "$".equals(path) ? name : path + "." + name;
        }
    }
}
