package th.prongsai.report.oit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.ita.framework.ItasWindow;
import th.prongsai.ita.framework.OitItem;
import th.prongsai.report.oit.Readiness.Answer;
import th.prongsai.report.oit.Readiness.Check;
import th.prongsai.report.oit.Readiness.Gap;
import th.prongsai.report.oit.Readiness.WindowStatus;

class ReadinessTest {

    static final ItasWindow WINDOW = new ItasWindow(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30));
    static final Check GOOD = new Check(true, true, true);

    static OitItem item(String code) {
        return new OitItem(code, "รายการ " + code, "9.1", "หลักฐาน", false);
    }

    static List<String> codes(List<Gap> gaps) {
        return gaps.stream().map(Gap::code).toList();
    }

    @Test
    void sortsEveryItemIntoOneGroupAndCountsTheShareOfReadyOnes() {
        List<OitItem> items =
                List.of(item("o1"), item("o2"), item("o3"), item("o4"), item("o5"), item("o6"), item("o7"), item("o8"));
        Map<String, Answer> answers = Map.of(
                "o1", new Answer(true, List.of("https://a/1")),
                "o2", new Answer(true, List.of("https://a/2")),
                "o3", new Answer(true, List.of("https://b/3")),
                "o4", new Answer(true, List.of("https://a/4")),
                "o5", new Answer(true, List.of("https://a/5")),
                "o6", new Answer(false, List.of()),
                "o7", new Answer(true, List.of()));
        Map<String, Check> checks = Map.of(
                "https://a/1", GOOD,
                "https://a/2", new Check(false, true, false),
                "https://b/3", new Check(true, false, true),
                "https://a/4", new Check(true, true, false));

        Readiness.Result r = Readiness.of(items, answers, checks, WINDOW, LocalDate.of(2024, 2, 1));

        assertThat(r.items()).isEqualTo(8);
        assertThat(r.ready()).isEqualTo(1);
        assertThat(r.sharePercent()).isEqualByComparingTo("12.50");
        assertThat(codes(r.broken())).containsExactly("o2");
        assertThat(codes(r.offSite())).containsExactly("o3");
        assertThat(codes(r.wrongYear())).containsExactly("o4");
        assertThat(codes(r.notChecked())).containsExactly("o5");
        // no answer, ไม่มี, and มี without a URL are all missing
        assertThat(codes(r.missing())).containsExactly("o6", "o7", "o8");
        assertThat(r.missing().getFirst().reasonTh()).contains("ยังไม่มีข้อมูล");
    }

    @Test
    void oneGoodUrlMakesAnItemReadyAndOtherwiseItsBestUrlDecides() {
        Map<String, Check> checks = Map.of(
                "https://a/dead", new Check(false, true, true),
                "https://a/good", GOOD,
                "https://x/off", new Check(true, false, true));
        assertThat(Readiness.stateOf(new Answer(true, List.of("https://a/dead", "https://a/good")), checks))
                .isEqualTo(Readiness.State.READY);
        assertThat(Readiness.stateOf(new Answer(true, List.of("https://a/dead", "https://x/off")), checks))
                .isEqualTo(Readiness.State.OFF_SITE);
        assertThat(Readiness.stateOf(new Answer(true, List.of("https://a/dead", "https://a/new")), checks))
                .isEqualTo(Readiness.State.NOT_CHECKED);
        assertThat(Readiness.stateOf(null, checks)).isEqualTo(Readiness.State.MISSING);
    }

    @Test
    void aYearWithoutItemsHasNoShare() {
        Readiness.Result r = Readiness.of(List.of(), Map.of(), Map.of(), WINDOW, LocalDate.of(2024, 3, 1));
        assertThat(r.items()).isZero();
        assertThat(r.sharePercent()).isNull();
    }

    @Test
    void countsTheDaysToTheWindowBothDaysIncluded() {
        Readiness.Window before = Readiness.window(WINDOW, LocalDate.of(2024, 2, 20));
        assertThat(before.status()).isEqualTo(WindowStatus.NOT_OPEN);
        assertThat(before.daysUntilOpen()).isEqualTo(10);
        assertThat(before.daysUntilClose()).isEqualTo(70);

        Readiness.Window open = Readiness.window(WINDOW, LocalDate.of(2024, 4, 20));
        assertThat(open.status()).isEqualTo(WindowStatus.OPEN);
        assertThat(open.daysUntilClose()).isEqualTo(10);
        assertThat(open.statusTh()).contains("10 วัน");

        Readiness.Window lastDay = Readiness.window(WINDOW, LocalDate.of(2024, 4, 30));
        assertThat(lastDay.status()).isEqualTo(WindowStatus.OPEN);
        assertThat(lastDay.daysUntilClose()).isZero();
        assertThat(lastDay.statusTh()).isEqualTo("ปิดรับข้อมูลวันนี้");

        Readiness.Window closed = Readiness.window(WINDOW, LocalDate.of(2024, 5, 1));
        assertThat(closed.status()).isEqualTo(WindowStatus.CLOSED);
        assertThat(closed.daysUntilClose()).isNull();
        assertThat(closed.statusTh()).isEqualTo("ปิดรับข้อมูลแล้ว");

        assertThat(Readiness.window(null, LocalDate.of(2024, 5, 1)).status()).isEqualTo(WindowStatus.UNKNOWN);
    }
}
