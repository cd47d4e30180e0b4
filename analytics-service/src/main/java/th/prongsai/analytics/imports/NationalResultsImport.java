package th.prongsai.analytics.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.analytics.facts.Agency;
import th.prongsai.analytics.facts.AnalyticsFrameworks;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.Fact;
import th.prongsai.analytics.facts.FactStore;
import th.prongsai.analytics.facts.LaoType;
import th.prongsai.analytics.facts.Provinces;
import th.prongsai.analytics.facts.Source;
import th.prongsai.ita.framework.Framework;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.InputText;
import th.prongsai.platform.web.Problems;

/**
 * Imports NACC's published results for all agencies, onboarded or not, into the real dataset. The whole file is
 * validated first; one bad row refuses it all (each bad row listed by its line, 1 = the header), so a half-loaded
 * year never shows up in benchmarks. Identical facts are left untouched, so re-importing a file changes nothing.
 */
@Service
class NationalResultsImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** Errors listed in one problem; the count says how many there were in all. */
    static final int MAX_LISTED_ERRORS = 1_000;

    static final List<String> HEADER = List.of(
            "fiscal_year",
            "agency_code",
            "name_th",
            "type",
            "province",
            "i1",
            "i2",
            "i3",
            "i4",
            "i5",
            "i6",
            "i7",
            "i8",
            "i9",
            "i10",
            "overall");
    private static final Pattern AGENCY_CODE = Pattern.compile("\\d{7}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AnalyticsFrameworks frameworks;
    private final FactStore facts;

    public NationalResultsImport(AnalyticsFrameworks frameworks, FactStore facts) {
        this.frameworks = frameworks;
        this.facts = facts;
    }

    @Transactional
    public ImportResult importCsv(byte[] bytes) {
        List<Fact> parsed = parse(bytes);
        Map<String, Fact> stored = facts.findAll(
                Dataset.REAL,
                parsed.stream().map(Fact::fiscalYear).distinct().toList(),
                parsed.stream().map(fact -> fact.agency().code()).distinct().toList());
        List<Fact> changed = new ArrayList<>();
        int inserted = 0;
        int updated = 0;
        for (Fact fact : parsed) {
            Fact before =
                    stored.get(FactStore.key(fact.fiscalYear(), fact.agency().code()));
            if (before == null) {
                inserted++;
                changed.add(fact);
            } else if (!fact.sameAs(before)) {
                updated++;
                changed.add(fact);
            }
        }
        facts.writeAll(changed);
        return new ImportResult(parsed.size(), inserted, updated, parsed.size() - inserted - updated);
    }

    /** Every row as a computed fact, or a 400 problem listing every bad row. */
    List<Fact> parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text = InputText.utf8(bytes)
                .orElseThrow(() -> ApiProblem.invalid("file", "is not UTF-8 text: save the file as CSV UTF-8"));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        List<String> header = CsvLines.split(lines[0]).orElse(List.of()).stream()
                .map(String::strip)
                .toList();
        if (!header.equals(HEADER)) {
            throw ApiProblem.invalid("line 1", "header must be " + String.join(",", HEADER));
        }
        List<Map<String, String>> errors = new ArrayList<>();
        List<Fact> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, Framework> yearFrameworks = new HashMap<>();
        int dataRows = 0;
        int badRows = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (++dataRows > MAX_ROWS) {
                throw ApiProblem.invalid("file", "at most " + MAX_ROWS + " rows per file");
            }
            int line = i + 1;
            int before = errors.size();
            Fact fact = row(line, lines[i], errors, seen, yearFrameworks);
            if (fact != null && errors.size() == before) {
                rows.add(fact);
            } else {
                badRows++;
            }
        }
        if (!errors.isEmpty()) {
            int count = errors.size();
            throw ApiProblem.invalid(errors.subList(0, Math.min(count, MAX_LISTED_ERRORS)))
                    .withProperty("errorCount", count)
                    .withProperty("badRows", badRows);
        }
        if (rows.isEmpty()) {
            throw ApiProblem.invalid("file", "the file holds no rows");
        }
        return rows;
    }

    private Fact row(
            int line,
            String text,
            List<Map<String, String>> errors,
            Set<String> seen,
            Map<Integer, Framework> yearFrameworks) {
        Optional<List<String>> split = CsvLines.split(text);
        if (split.isEmpty()) {
            errors.add(error(line, null, "unbalanced quotes"));
            return null;
        }
        List<String> f = split.get().stream().map(String::strip).toList();
        if (f.size() != HEADER.size()) {
            errors.add(error(line, null, "expected " + HEADER.size() + " columns, found " + f.size()));
            return null;
        }
        Framework framework = null;
        Integer year = null;
        if (!YEAR.matcher(f.get(0)).matches()) {
            errors.add(error(line, "fiscal_year", "must be a Buddhist-Era year such as 2567"));
        } else {
            year = Integer.parseInt(f.get(0));
            framework =
                    yearFrameworks.computeIfAbsent(year, y -> frameworks.find(y).orElse(null));
            if (framework == null) {
                errors.add(error(line, "fiscal_year", "no ITA framework for fiscal year " + year));
            }
        }
        String code = f.get(1);
        if (!AGENCY_CODE.matcher(code).matches()) {
            errors.add(error(line, "agency_code", "must be the 7-digit DLA code"));
        } else if (year != null && !seen.add(year + "/" + code)) {
            errors.add(error(line, "agency_code", "agency " + code + " appears twice for fiscal year " + year));
        }
        String name = f.get(2);
        if (name.isEmpty() || name.length() > 200) {
            errors.add(error(line, "name_th", "must be 1 to 200 characters"));
        } else if (CONTROL.matcher(name).find()) {
            errors.add(error(line, "name_th", "must not contain control characters"));
        }
        Optional<LaoType> type = LaoType.parse(f.get(3));
        if (type.isEmpty()) {
            errors.add(error(
                    line,
                    "type",
                    "must be one of PAO, CITY_MUNICIPALITY, TOWN_MUNICIPALITY,"
                            + " SUBDISTRICT_MUNICIPALITY, SAO, SPECIAL (BANGKOK, PATTAYA)"));
        }
        String province = f.get(4);
        if (!Provinces.isValid(province)) {
            errors.add(error(line, "province", "must be one of the 77 two-digit province codes"));
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int k = 1; k <= 10; k++) {
            BigDecimal score = score(line, "i" + k, f.get(4 + k), false, errors);
            if (score != null) {
                scores.put(Integer.toString(k), score);
            }
        }
        BigDecimal overall = score(line, "overall", f.get(15), true, errors);
        if (framework != null && scores.size() == 10 && framework.indicators().size() != 10) {
            errors.add(error(line, "fiscal_year", "the framework of " + year + " does not have indicators 1–10"));
            return null;
        }
        if (framework == null || scores.size() != 10 || type.isEmpty() || !Provinces.isValid(province)) {
            return null;
        }
        try {
            return FactStore.compute(
                    framework,
                    Dataset.REAL,
                    new Agency(code, name, type.get().name(), province, null),
                    scores,
                    overall,
                    Source.NATIONAL);
        } catch (IllegalArgumentException e) {
            errors.add(error(line, null, e.getMessage()));
            return null;
        }
    }

    private static BigDecimal score(
            int line, String field, String text, boolean optional, List<Map<String, String>> errors) {
        if (text.isEmpty()) {
            if (!optional) {
                errors.add(error(line, field, "score is missing"));
            }
            return null;
        }
        BigDecimal value;
        try {
            if (!text.matches("\\d{1,3}(\\.\\d+)?")) {
                throw new NumberFormatException();
            }
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(error(line, field, "must be a number such as 85.25"));
            return null;
        }
        if (value.compareTo(HUNDRED) > 0) {
            errors.add(error(line, field, "must be between 0 and 100"));
            return null;
        }
        if (Math.max(value.stripTrailingZeros().scale(), 0) > 2) {
            errors.add(error(line, field, "must have at most 2 decimals"));
            return null;
        }
        return value;
    }

    private static Map<String, String> error(int line, String field, String message) {
        return Problems.fieldError(field == null ? "line " + line : "line " + line + ": " + field, message);
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(
                HttpStatus.valueOf(413),
                "too-large",
                "File too large",
                "ไฟล์ใหญ่เกินไป (ไม่เกิน 5 MB และ " + MAX_ROWS + " แถว)");
    }
}
