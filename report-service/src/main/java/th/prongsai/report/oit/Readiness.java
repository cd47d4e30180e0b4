package th.prongsai.report.oit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import th.prongsai.ita.framework.ItasWindow;
import th.prongsai.ita.framework.OitItem;

/**
 * How ready a fiscal year's OIT answers are for ITAS: pure logic over the items, the answers and the latest URL
 * checks. An item is ready when one of its URLs was found live, on the main website, naming the fiscal year. Every
 * other item falls in exactly one group, taken from its best URL (so one good URL is enough, and an item is shown
 * under the problem closest to being fixed).
 */
final class Readiness {

    /** Where an item stands, best first. */
    enum State {
        READY("พร้อม"),
        WRONG_YEAR("เอกสารไม่ระบุปีงบประมาณที่ประเมิน"),
        OFF_SITE("ลิงก์ไม่อยู่บนเว็บไซต์หลักของหน่วยงาน"),
        NOT_CHECKED("ยังไม่ได้ตรวจลิงก์"),
        BROKEN("ลิงก์เปิดไม่ได้"),
        MISSING("ยังไม่มีข้อมูลหรือยังไม่ระบุลิงก์");

        final String th;

        State(String th) {
            this.th = th;
        }
    }

    /** An answer as readiness needs it. */
    record Answer(boolean hasData, List<String> urls) {}

    /** The latest check of a URL as readiness needs it. */
    record Check(boolean live, boolean onMainWebsite, boolean namesFiscalYear) {}

    /** One item that is not ready, with why. */
    record Gap(String code, String nameTh, String reasonTh) {}

    /** Where the year stands against the ITAS window. */
    enum WindowStatus {
        UNKNOWN,
        NOT_OPEN,
        OPEN,
        CLOSED
    }

    record Window(
            @Nullable LocalDate opens,
            @Nullable LocalDate closes,
            WindowStatus status,
            @Nullable Long daysUntilOpen,
            @Nullable Long daysUntilClose,
            String statusTh) {}

    /**
     * @param sharePercent the ready items in percent of all items, 2 decimals; null when the year has no items
     */
    record Result(
            int items,
            int ready,
            @Nullable BigDecimal sharePercent,
            List<Gap> missing,
            List<Gap> broken,
            List<Gap> offSite,
            List<Gap> wrongYear,
            List<Gap> notChecked,
            Window window) {}

    private Readiness() {}

    static Result of(
            List<OitItem> items,
            Map<String, Answer> answers,
            Map<String, Check> checks,
            @Nullable ItasWindow window,
            LocalDate today) {
        Map<State, List<Gap>> groups = new EnumMap<>(State.class);
        for (State state : State.values()) {
            groups.put(state, new ArrayList<>());
        }
        for (OitItem item : items) {
            State state = stateOf(answers.get(item.code()), checks);
            groups.get(state).add(new Gap(item.code(), item.nameTh(), state.th));
        }
        int ready = groups.get(State.READY).size();
        BigDecimal share = items.isEmpty()
                ? null
                : BigDecimal.valueOf(ready * 100L).divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
        return new Result(
                items.size(),
                ready,
                share,
                groups.get(State.MISSING),
                groups.get(State.BROKEN),
                groups.get(State.OFF_SITE),
                groups.get(State.WRONG_YEAR),
                groups.get(State.NOT_CHECKED),
                window(window, today));
    }

    static State stateOf(@Nullable Answer answer, Map<String, Check> checks) {
        if (answer == null || !answer.hasData() || answer.urls().isEmpty()) {
            return State.MISSING;
        }
        State best = State.MISSING;
        for (String url : answer.urls()) {
            State state = stateOf(checks.get(url));
            if (state.ordinal() < best.ordinal()) {
                best = state;
            }
        }
        return best;
    }

    private static State stateOf(@Nullable Check check) {
        if (check == null) {
            return State.NOT_CHECKED;
        }
        if (!check.live()) {
            return State.BROKEN;
        }
        if (!check.onMainWebsite()) {
            return State.OFF_SITE;
        }
        return check.namesFiscalYear() ? State.READY : State.WRONG_YEAR;
    }

    /** Days are whole calendar days; the window's two days are both inside it. */
    static Window window(@Nullable ItasWindow window, LocalDate today) {
        if (window == null || window.opens() == null || window.closes() == null) {
            return new Window(
                    null, null, WindowStatus.UNKNOWN, null, null, "ยังไม่มีกำหนดช่วงเวลากรอกข้อมูลใน ITAS ของปีนี้");
        }
        long untilOpen = ChronoUnit.DAYS.between(today, window.opens());
        long untilClose = ChronoUnit.DAYS.between(today, window.closes());
        if (untilClose < 0) {
            return new Window(window.opens(), window.closes(), WindowStatus.CLOSED, null, null, "ปิดรับข้อมูลแล้ว");
        }
        if (untilOpen > 0) {
            return new Window(
                    window.opens(),
                    window.closes(),
                    WindowStatus.NOT_OPEN,
                    untilOpen,
                    untilClose,
                    "อีก " + untilOpen + " วันเปิดรับข้อมูล และอีก " + untilClose + " วันปิดรับข้อมูล");
        }
        return new Window(
                window.opens(),
                window.closes(),
                WindowStatus.OPEN,
                0L,
                untilClose,
                untilClose == 0 ? "ปิดรับข้อมูลวันนี้" : "เปิดรับข้อมูลอยู่ อีก " + untilClose + " วันปิดรับข้อมูล");
    }
}
