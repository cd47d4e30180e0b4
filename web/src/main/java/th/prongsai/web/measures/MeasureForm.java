package th.prongsai.web.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.springframework.util.MultiValueMap;
import th.prongsai.web.layout.FormErrors;

/**
 * The measure edit form as typed: every value kept as text, so a refused save shows exactly what the user wrote.
 * Months are a Thai month (1–12) and a Buddhist-Era year each; the API gets ISO year-months of the Common Era.
 */
record MeasureForm(
        String title,
        String number,
        String themeId,
        List<String> indicatorCodes,
        List<String> methodSteps,
        List<String> departmentIds,
        String startMonth,
        String startYear,
        String endMonth,
        String endYear,
        String monitoring,
        String status,
        List<Note> progressNotes,
        String outputSummary,
        String outcome,
        String recommendation,
        List<Link> evidenceLinks,
        String version) {

    private static final int BE_OFFSET = 543;

    public record Note(String date, String note) {}

    public record Link(String url, String label) {}

    /** What the form sends to the API, and for each list which form row each sent item came from. */
    record Request(Map<String, Object> body, Map<String, IntUnaryOperator> rowOfIndex) {}

    /** The form as the browser posted it (repeated names keep their order and their blanks). */
    static MeasureForm fromParams(MultiValueMap<String, String> p) {
        List<String> noteDates = all(p, "noteDate");
        List<String> noteTexts = all(p, "noteText");
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < Math.max(noteDates.size(), noteTexts.size()); i++) {
            notes.add(new Note(at(noteDates, i), at(noteTexts, i)));
        }
        List<String> urls = all(p, "linkUrl");
        List<String> labels = all(p, "linkLabel");
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < Math.max(urls.size(), labels.size()); i++) {
            links.add(new Link(at(urls, i), at(labels, i)));
        }
        return new MeasureForm(
                one(p, "title"),
                one(p, "number"),
                one(p, "themeId"),
                all(p, "indicatorCodes"),
                all(p, "methodSteps"),
                all(p, "departmentIds"),
                one(p, "startMonth"),
                one(p, "startYear"),
                one(p, "endMonth"),
                one(p, "endYear"),
                one(p, "monitoring"),
                one(p, "status"),
                notes,
                one(p, "outputSummary"),
                one(p, "outcome"),
                one(p, "recommendation"),
                links,
                one(p, "version"));
    }

    /** The form filled from the measure as the API holds it. */
    @SuppressWarnings("unchecked")
    static MeasureForm of(Map<String, Object> m) {
        List<Note> notes = new ArrayList<>();
        for (Map<String, Object> n : (List<Map<String, Object>>) m.getOrDefault("progressNotes", List.of())) {
            notes.add(new Note(text(n.get("date")), text(n.get("note"))));
        }
        List<Link> links = new ArrayList<>();
        for (Map<String, Object> l : (List<Map<String, Object>>) m.getOrDefault("evidenceLinks", List.of())) {
            links.add(new Link(text(l.get("url")), text(l.get("label"))));
        }
        YearMonth start = month(m.get("startMonth"));
        YearMonth end = month(m.get("endMonth"));
        return new MeasureForm(
                text(m.get("title")),
                text(m.get("number")),
                text(m.get("themeId")),
                strings(m.get("indicatorCodes")),
                strings(m.get("methodSteps")),
                strings(m.get("departmentIds")),
                start == null ? "" : String.valueOf(start.getMonthValue()),
                start == null ? "" : String.valueOf(start.getYear() + BE_OFFSET),
                end == null ? "" : String.valueOf(end.getMonthValue()),
                end == null ? "" : String.valueOf(end.getYear() + BE_OFFSET),
                text(m.get("monitoring")),
                text(m.get("status")),
                notes,
                text(m.get("outputSummary")),
                text(m.get("outcome")),
                text(m.get("recommendation")),
                links,
                text(m.get("version")));
    }

    /**
     * A row added, removed or moved ({@code addStep}, {@code removeStep:2}, {@code stepUp:2}, {@code stepDown:2},
     * {@code addNote}, {@code removeNote:0}, {@code addLink}, {@code removeLink:1}); the rest as typed.
     * Unknown actions change nothing.
     */
    MeasureForm apply(String action) {
        String verb = action.contains(":") ? action.substring(0, action.indexOf(':')) : action;
        int row = -1;
        if (action.contains(":")) {
            try {
                row = Integer.parseInt(action.substring(action.indexOf(':') + 1));
            } catch (NumberFormatException notARow) {
                return this;
            }
        }
        List<String> steps = new ArrayList<>(methodSteps);
        List<Note> notes = new ArrayList<>(progressNotes);
        List<Link> links = new ArrayList<>(evidenceLinks);
        switch (verb) {
            case "addStep" -> steps.add("");
            case "removeStep" -> remove(steps, row);
            case "stepUp" -> swap(steps, row - 1, row);
            case "stepDown" -> swap(steps, row, row + 1);
            case "addNote" ->
                notes.add(new Note(LocalDate.now(ZoneId.of("Asia/Bangkok")).toString(), ""));
            case "removeNote" -> remove(notes, row);
            case "addLink" -> links.add(new Link("", ""));
            case "removeLink" -> remove(links, row);
            default -> {
                return this;
            }
        }
        return with(steps, notes, links, version);
    }

    /**
     * The API request, or the errors the page can tell by itself (a month without its year, a number that is no
     * number). Blank rows are left out rather than refused: an added row left empty means nothing.
     */
    Request toRequest(FormErrors errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", integer(number, "number", errors));
        body.put("title", title);
        body.put("themeId", blank(themeId) ? null : integer(themeId, "themeId", errors));
        body.put("indicatorCodes", indicatorCodes);
        Map<String, IntUnaryOperator> rows = new LinkedHashMap<>();
        List<String> steps = new ArrayList<>();
        List<Integer> stepRows = new ArrayList<>();
        for (int i = 0; i < methodSteps.size(); i++) {
            if (!blank(methodSteps.get(i))) {
                steps.add(methodSteps.get(i));
                stepRows.add(i);
            }
        }
        body.put("methodSteps", steps);
        rows.put("methodSteps", rowOf(stepRows));
        List<Long> departments = new ArrayList<>();
        for (String id : departmentIds) {
            Integer n = integer(id, "departmentIds", errors);
            if (n != null) {
                departments.add(n.longValue());
            }
        }
        body.put("departmentIds", departments);
        body.put("startMonth", yearMonth(startMonth, startYear, "startMonth", errors));
        body.put("endMonth", yearMonth(endMonth, endYear, "endMonth", errors));
        body.put("monitoring", emptyToNull(monitoring));
        body.put("status", blank(status) ? null : status);
        List<Map<String, Object>> notes = new ArrayList<>();
        List<Integer> noteRows = new ArrayList<>();
        for (int i = 0; i < progressNotes.size(); i++) {
            Note n = progressNotes.get(i);
            if (!blank(n.note())) {
                Map<String, Object> note = new LinkedHashMap<>();
                note.put("date", blank(n.date()) ? null : n.date());
                note.put("note", n.note());
                notes.add(note);
                noteRows.add(i);
            }
        }
        body.put("progressNotes", notes);
        rows.put("progressNotes", rowOf(noteRows));
        body.put("outputSummary", emptyToNull(outputSummary));
        body.put("outcome", emptyToNull(outcome));
        body.put("recommendation", emptyToNull(recommendation));
        List<Map<String, Object>> links = new ArrayList<>();
        List<Integer> linkRows = new ArrayList<>();
        for (int i = 0; i < evidenceLinks.size(); i++) {
            Link l = evidenceLinks.get(i);
            if (!blank(l.url()) || !blank(l.label())) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("url", l.url() == null ? null : l.url().strip());
                link.put("label", emptyToNull(l.label()));
                links.add(link);
                linkRows.add(i);
            }
        }
        body.put("evidenceLinks", links);
        rows.put("evidenceLinks", rowOf(linkRows));
        body.put(
                "version",
                blank(version) || !version.strip().matches("\\d{1,18}") ? null : Long.valueOf(version.strip()));
        return new Request(body, rows);
    }

    /** The same form carrying another version (after loading the latest). */
    MeasureForm withVersion(String newVersion) {
        return with(methodSteps, progressNotes, evidenceLinks, newVersion);
    }

    /** The same form with other rows or another version. */
    private MeasureForm with(List<String> steps, List<Note> notes, List<Link> links, String newVersion) {
        return new MeasureForm(
                title,
                number,
                themeId,
                indicatorCodes,
                steps,
                departmentIds,
                startMonth,
                startYear,
                endMonth,
                endYear,
                monitoring,
                status,
                notes,
                outputSummary,
                outcome,
                recommendation,
                links,
                newVersion);
    }

    public boolean hasIndicator(String code) {
        return indicatorCodes.contains(code);
    }

    public boolean hasDepartment(Object id) {
        return departmentIds.contains(String.valueOf(id));
    }

    private static IntUnaryOperator rowOf(List<Integer> rows) {
        return index -> index >= 0 && index < rows.size() ? rows.get(index) : index;
    }

    private static Integer integer(String text, String field, FormErrors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "measures.field." + field, null, "error.field.format");
            return null;
        }
    }

    private static String yearMonth(String month, String beYear, String field, FormErrors errors) {
        if (blank(month) && blank(beYear)) {
            return null;
        }
        if (blank(month) || blank(beYear)) {
            errors.add(field, "measures.field." + field, null, "measures.error.month.incomplete");
            return null;
        }
        try {
            return YearMonth.of(Integer.parseInt(beYear) - BE_OFFSET, Integer.parseInt(month))
                    .toString();
        } catch (RuntimeException e) {
            errors.add(field, "measures.field." + field, null, "error.field.format");
            return null;
        }
    }

    private static <T> void remove(List<T> list, int row) {
        if (row >= 0 && row < list.size()) {
            list.remove(row);
        }
    }

    private static <T> void swap(List<T> list, int a, int b) {
        if (a >= 0 && b < list.size() && a < b) {
            T first = list.get(a);
            list.set(a, list.get(b));
            list.set(b, first);
        }
    }

    private static YearMonth month(Object value) {
        return value == null || value.toString().isBlank() ? null : YearMonth.parse(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s;
    }

    private static String one(MultiValueMap<String, String> p, String name) {
        String v = p.getFirst(name);
        return v == null ? "" : v;
    }

    private static List<String> all(MultiValueMap<String, String> p, String name) {
        List<String> v = p.get(name);
        return v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : "";
    }
}
