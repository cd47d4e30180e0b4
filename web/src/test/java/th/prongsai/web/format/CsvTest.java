package th.prongsai.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void csvWithQuotesCommasAndLineBreaksIsReadAsTheApiWroteIt() {
        List<List<String>> rows = Csv.parse("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n2,,\n");
        assertThat(rows)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "x, \"y\"", "two\nlines"), List.of("2", "", ""));
    }

    @Test
    void whatItWritesItReadsBack() {
        List<List<?>> lines = List.of(
                List.of("ชื่อ", "คะแนน"),
                Arrays.asList("เทศบาล, \"ตำบล\"\r\nสอง", new BigDecimal("1E+1")),
                Arrays.asList(null, 3));
        String csv = Csv.write(lines);
        assertThat(csv).startsWith("\uFEFFชื่อ,คะแนน\r\n").endsWith(",3\r\n");
        assertThat(Csv.parse(csv))
                .containsExactly(List.of("ชื่อ", "คะแนน"), List.of("เทศบาล, \"ตำบล\"\r\nสอง", "10"), List.of("", "3"));
    }

    @Test
    void aWorkbookIsAZipFileAndItsSheetNameFitsExcel() {
        byte[] workbook = Xlsx.write(
                "provinces-2568",
                Arrays.asList("ข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง)", null),
                List.of("province_code", "pass_rate"),
                List.of(List.of("23", new BigDecimal("96.64"), true)));
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(Xlsx.sheetName("a/b:c [2568] of a name much longer than Excel allows"))
                .isEqualTo("a b c  2568  of a name much lon");
        assertThat(Xlsx.sheetName("[]")).isEqualTo("Sheet1");
    }
}
