package th.prongsai.report.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Thai), CRLF line ends, every field quoted
 * (RFC 4180), and a text a spreadsheet would read as a formula defused with a leading apostrophe.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {}

    public static byte[] write(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<String> fields : rows) {
            for (int i = 0; i < fields.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
            }
            csv.append("\r\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    static String quote(String field) {
        String value = field == null ? "" : field;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[-+]?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
