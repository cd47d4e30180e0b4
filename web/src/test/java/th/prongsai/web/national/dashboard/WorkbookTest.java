package th.prongsai.web.national.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbookTest {

    @Test
    void aWorkbookOfTheApisCsvIsAZipFile() {
        byte[] workbook = DashboardController.workbook(
                "provinces-2568", "ข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง)", "province_code,pass_rate\n23,96.64\n");
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(DashboardController.workbook("empty", null, "")).isNotEmpty();
    }

    @Test
    void joinedCsvsKeepOneHeader() {
        String joined = DashboardController.joinCsv(List.of("\uFEFFh1,h2\r\n1,2\r\n", "\uFEFFh1,h2\r\n3,4\r\n"));
        assertThat(joined).isEqualTo("\uFEFFh1,h2\r\n1,2\r\n3,4\r\n");
    }
}
