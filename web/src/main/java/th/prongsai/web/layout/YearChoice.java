package th.prongsai.web.layout;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import th.prongsai.web.format.ThaiFormat;
import th.prongsai.web.platform.GatewayClient;

/**
 * Which fiscal years a municipality's pages offer, from the years the platform holds data for
 * ({@code GET /t/{code}/api/fiscal-years}), and which one its work is in now.
 */
@Component
public class YearChoice {

    private final GatewayClient gateway;
    private final ThaiFormat thai;

    YearChoice(GatewayClient gateway, ThaiFormat thai) {
        this.gateway = gateway;
        this.thai = thai;
    }

    /** Every year of {@link #withData}'s answer, the working year and the current fiscal year, newest first. */
    public List<Integer> offered(List<Map<String, Object>> withData) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Map<String, Object> year : withData) {
            years.add(((Number) year.get("fiscalYear")).intValue());
        }
        years.add(workingYear(withData));
        years.add(thai.currentFiscalYear());
        return List.copyOf(years.descendingSet());
    }

    /**
     * The year of the latest measures or report; but where last year's scores are newer, the year after them,
     * since that is the year whose measures answer those scores. The current fiscal year when there is nothing yet.
     */
    public int workingYear(String code) {
        return workingYear(withData(code));
    }

    /** The working year of {@link #withData}'s answer, asked once by pages that also show the years. */
    public int workingYear(List<Map<String, Object>> withData) {
        int latestWork = 0;
        int latestScores = 0;
        for (Map<String, Object> year : withData) {
            int fy = ((Number) year.get("fiscalYear")).intValue();
            boolean work = ((Number) year.getOrDefault("measures", 0)).intValue() > 0 || year.get("report") != null;
            if (work) {
                latestWork = Math.max(latestWork, fy);
            }
            if (Boolean.TRUE.equals(year.get("hasScores"))) {
                latestScores = Math.max(latestScores, fy);
            }
        }
        if (latestWork == 0 && latestScores == 0) {
            return thai.currentFiscalYear();
        }
        return latestScores >= latestWork ? latestScores + 1 : latestWork;
    }

    /** The years the platform holds data for, newest first, each with its counts and report status. */
    public List<Map<String, Object>> withData(String code) {
        return gateway.list("/t/{code}/api/fiscal-years", code);
    }
}
