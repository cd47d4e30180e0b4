package th.prongsai.tenant.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import th.prongsai.platform.web.InputText;
import th.prongsai.tenant.tenant.TenantType;

/**
 * A registry file as national administrators export it: UTF-8 (with or without BOM), header
 * {@code code,nameTh,nameEn,type,province,district,dlaCode,website}, one local government a line. Every bad row
 * is reported by its line with the field and a Thai message, so a file is fixed in one go.
 */
final class RegistryCsv {

    static final List<String> HEADER =
            List.of("code", "nameTh", "nameEn", "type", "province", "district", "dlaCode", "website");

    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    private static final Pattern PROVINCE = Pattern.compile("^\\d{2}$");
    private static final Pattern DLA = Pattern.compile("^\\d{7}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://\\S+$");
    /** The Thai names people write in the type column, besides the API's names. */
    private static final Map<String, TenantType> THAI_TYPES = Map.of(
            "องค์การบริหารส่วนจังหวัด",
            TenantType.PAO,
            "อบจ.",
            TenantType.PAO,
            "เทศบาลนคร",
            TenantType.CITY_MUNICIPALITY,
            "เทศบาลเมือง",
            TenantType.TOWN_MUNICIPALITY,
            "เทศบาลตำบล",
            TenantType.SUBDISTRICT_MUNICIPALITY,
            "องค์การบริหารส่วนตำบล",
            TenantType.SAO,
            "อบต.",
            TenantType.SAO,
            "รูปแบบพิเศษ",
            TenantType.SPECIAL);

    /** One good row. */
    record Row(
            int line,
            String code,
            String nameTh,
            String nameEn,
            TenantType type,
            String province,
            String district,
            String dlaCode,
            String website) {}

    record RowError(int line, String field, String message) {}

    record Parsed(List<Row> rows, int records, List<RowError> errors) {
        boolean clean() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    private RegistryCsv() {}

    static Parsed parse(byte[] bytes, Set<String> provinces) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        // strict: a replacement character or an overlong form must not become part of a stored name
        Optional<String> decoded = InputText.utf8(bytes);
        if (decoded.isEmpty()) {
            errors.add(new RowError(1, "file", "ไฟล์ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง กรุณาบันทึกเป็น CSV UTF-8"));
            return new Parsed(rows, 0, errors);
        }
        String text = decoded.get();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = records(text, errors);
        if (records.isEmpty()) {
            errors.add(new RowError(1, "file", "ไฟล์ว่าง ต้องมีบรรทัดหัวตาราง " + String.join(",", HEADER)));
            return new Parsed(rows, 0, errors);
        }
        List<String> header =
                records.getFirst().fields().stream().map(String::strip).toList();
        if (!header.equals(HEADER)) {
            errors.add(new RowError(
                    records.getFirst().line(), "header", "หัวตารางต้องเป็น " + String.join(",", HEADER) + " ตามลำดับ"));
            return new Parsed(rows, records.size() - 1, errors);
        }
        Map<String, Integer> seen = new HashMap<>();
        int count = 0;
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().size() == 1 && record.fields().getFirst().isBlank()) {
                continue; // an empty line, typically the last one
            }
            count++;
            List<RowError> rowErrors = new ArrayList<>();
            Row row = row(record, provinces, rowErrors);
            if (row != null) {
                Integer first = seen.putIfAbsent(row.code(), record.line());
                if (first != null) {
                    rowErrors.add(
                            new RowError(record.line(), "code", "รหัส " + row.code() + " ซ้ำกับบรรทัดที่ " + first));
                }
            }
            if (rowErrors.isEmpty()) {
                rows.add(row);
            } else {
                errors.addAll(rowErrors);
            }
        }
        if (count == 0) {
            errors.add(new RowError(1, "file", "ไม่มีรายการหน่วยงานในไฟล์"));
        }
        return new Parsed(rows, count, errors);
    }

    private static Row row(Record record, Set<String> provinces, List<RowError> errors) {
        int line = record.line();
        List<String> f = record.fields();
        if (f.size() != HEADER.size()) {
            errors.add(new RowError(line, "row", "มี " + f.size() + " ช่อง ต้องมี " + HEADER.size() + " ช่อง"));
            return null;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (!InputText.singleLine(f.get(i))) {
                errors.add(new RowError(
                        line, HEADER.get(i), "มีอักขระควบคุมหรือการขึ้นบรรทัดใหม่ ซึ่งใช้ในช่องนี้ไม่ได้"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String code = f.get(0).strip().toLowerCase(Locale.ROOT);
        String nameTh = f.get(1).strip();
        String nameEn = f.get(2).strip();
        String typeText = f.get(3).strip();
        String province = f.get(4).strip();
        String district = f.get(5).strip();
        String dlaCode = f.get(6).strip();
        String website = f.get(7).strip();
        if (!CODE.matcher(code).matches()) {
            errors.add(new RowError(
                    line,
                    "code",
                    code.isEmpty()
                            ? "ไม่มีรหัสหน่วยงาน"
                            : "รหัส \"" + code
                                    + "\" ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือ - ขึ้นต้นด้วยอักษร ยาว 2–40 ตัว"));
        }
        required(line, "nameTh", nameTh, "ไม่มีชื่อภาษาไทย", errors);
        required(line, "nameEn", nameEn, "ไม่มีชื่อภาษาอังกฤษ", errors);
        TenantType type = type(typeText);
        if (type == null) {
            errors.add(new RowError(
                    line,
                    "type",
                    typeText.isEmpty()
                            ? "ไม่มีประเภทหน่วยงาน"
                            : "ไม่รู้จักประเภท \"" + typeText + "\" (เช่น SAO, TOWN_MUNICIPALITY หรือ เทศบาลตำบล)"));
        }
        if (!PROVINCE.matcher(province).matches() || !provinces.contains(province)) {
            errors.add(new RowError(
                    line,
                    "province",
                    province.isEmpty()
                            ? "ไม่มีรหัสจังหวัด"
                            : "ไม่พบจังหวัดรหัส \"" + province + "\" (รหัสจังหวัด 2 หลัก)"));
        }
        if (district.length() > 100) {
            errors.add(new RowError(line, "district", "ชื่ออำเภอยาวเกิน 100 ตัวอักษร"));
        }
        if (!dlaCode.isEmpty() && !DLA.matcher(dlaCode).matches()) {
            errors.add(new RowError(line, "dlaCode", "รหัส สถ. \"" + dlaCode + "\" ต้องเป็นตัวเลข 7 หลัก"));
        }
        if (!website.isEmpty()
                && (website.length() > 300 || !WEBSITE.matcher(website).matches())) {
            errors.add(new RowError(line, "website", "เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Row(
                line,
                code,
                nameTh,
                nameEn,
                type,
                province,
                blankToNull(district),
                blankToNull(dlaCode),
                blankToNull(website));
    }

    private static void required(int line, String field, String value, String message, List<RowError> errors) {
        if (value.isEmpty()) {
            errors.add(new RowError(line, field, message));
        } else if (value.length() > 200) {
            errors.add(new RowError(line, field, "ชื่อยาวเกิน 200 ตัวอักษร"));
        }
    }

    private static TenantType type(String text) {
        for (TenantType type : TenantType.values()) {
            if (type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        return THAI_TYPES.get(text);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private record Record(int line, List<String> fields) {}

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; a record keeps its first line. */
    private static List<Record> records(String text, List<RowError> errors) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(new Record(start, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            errors.add(new RowError(start, "row", "เครื่องหมายคำพูด (\") ไม่ได้ปิด"));
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(start, List.copyOf(fields)));
        }
        return records;
    }
}
