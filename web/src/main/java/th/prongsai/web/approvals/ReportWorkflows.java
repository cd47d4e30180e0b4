package th.prongsai.web.approvals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import th.prongsai.web.layout.YearChoice;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;

/**
 * Where a municipality's reports stand, as report-service tells it ({@code …/report/status}, and each year's
 * {@code report} in {@code GET /t/{code}/api/fiscal-years}): which are waiting for whom, and what has happened to
 * each so far. Nothing is decided here; the pages only sort what the API says into what a person reads.
 */
@Component
public class ReportWorkflows {

    private final GatewayClient gateway;
    private final YearChoice years;

    ReportWorkflows(GatewayClient gateway, YearChoice years) {
        this.gateway = gateway;
        this.years = years;
    }

    /**
     * A report waiting for the signed-in user; {@code ownSubmission} when they submitted it themselves, so someone
     * else at the step must decide (report-service refuses a self-approval).
     */
    public record Waiting(
            int fiscalYear,
            String status,
            String nextApprover,
            String submittedBy,
            Object submittedAt,
            boolean ownSubmission) {}

    /**
     * One step of the report's way so far: submitted, approved or rejected, by whom (username, and display name when
     * report-service knows it), in which position, when.
     */
    public record Event(
            String kind,
            String actor,
            String position,
            Object at,
            String text,
            Integer round,
            Integer version,
            String actorName) {}

    public Map<String, Object> status(String code, int fiscalYear) {
        return gateway.get("/t/{code}/api/fiscal-years/{fy}/report/status", code, fiscalYear);
    }

    /**
     * The reports (any fiscal year) at the user's step: for an approver those whose next approver is their
     * position, for the municipality's admin those approved and not yet published.
     */
    public List<Waiting> waitingFor(String code, SignedInUser user) {
        List<Waiting> waiting = new ArrayList<>();
        for (Map<String, Object> status : statuses(code)) {
            String state = String.valueOf(status.get("status"));
            String next = (String) status.get("nextApprover");
            boolean mine = user.isMunicipalAdmin()
                    ? "APPROVED".equals(state)
                    : "SUBMITTED".equals(state) && next != null && next.equals(user.position());
            if (mine) {
                Event submitted = lastSubmission(status);
                waiting.add(new Waiting(
                        ((Number) status.get("fiscalYear")).intValue(),
                        state,
                        next,
                        submitted == null ? null : submitted.actor(),
                        submitted == null ? null : submitted.at(),
                        !user.isMunicipalAdmin() && ownSubmission(status, user)));
            }
        }
        waiting.sort(Comparator.comparingInt(Waiting::fiscalYear).reversed());
        return waiting;
    }

    /** Every year's report status, as the years list carries them. */
    private List<Map<String, Object>> statuses(String code) {
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (Map<String, Object> year : years.withData(code)) {
            if (year.get("report") instanceof Map<?, ?> report) {
                @SuppressWarnings("unchecked")
                Map<String, Object> status = (Map<String, Object>) report;
                statuses.add(
                        status.containsKey("fiscalYear")
                                ? status
                                : withYear(status, ((Number) year.get("fiscalYear")).intValue()));
            }
        }
        return statuses;
    }

    private static Map<String, Object> withYear(Map<String, Object> status, int fiscalYear) {
        Map<String, Object> copy = new LinkedHashMap<>(status);
        copy.put("fiscalYear", fiscalYear);
        return copy;
    }

    /**
     * The report's history, oldest first: each submission, decision (with its comment or reason) and publication,
     * from the status's {@code history}; from its {@code decisions} where an older report-service has no history.
     */
    @SuppressWarnings("unchecked")
    public List<Event> history(Map<String, Object> status) {
        List<Event> events = new ArrayList<>();
        if (status.get("history") instanceof List<?> history) {
            for (Object h : history) {
                if (h instanceof Map<?, ?> m) {
                    Map<String, Object> event = (Map<String, Object>) m;
                    events.add(new Event(
                            text(event, "type"),
                            text(event, "actor"),
                            text(event, "position"),
                            first(event, "at"),
                            text(event, "comment", "reason"),
                            null,
                            event.get("version") instanceof Number n ? n.intValue() : null,
                            text(event, "actorName")));
                }
            }
            return events;
        }
        if (status.get("decisions") instanceof List<?> decisions) {
            for (Object d : decisions) {
                if (d instanceof Map<?, ?> m) {
                    Map<String, Object> decision = (Map<String, Object>) m;
                    events.add(new Event(
                            text(decision, "decision"),
                            text(decision, "actor"),
                            text(decision, "position"),
                            first(decision, "decidedAt"),
                            text(decision, "comment"),
                            round(decision),
                            null,
                            text(decision, "actorName")));
                }
            }
        }
        events.sort(Comparator.comparing(e -> instant(e.at()), Comparator.nullsFirst(Comparator.naturalOrder())));
        return events;
    }

    /** Who submitted the report last, and when, where the API says so. */
    public Event lastSubmission(Map<String, Object> status) {
        if (status.get("submittedBy") != null) {
            return new Event(
                    "SUBMITTED",
                    String.valueOf(status.get("submittedBy")),
                    null,
                    status.get("submittedAt"),
                    null,
                    null,
                    null,
                    null);
        }
        return history(status).stream()
                .filter(e -> e.kind().equals("SUBMITTED"))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    /**
     * Whether the signed-in user submitted the report under consideration: they may not approve or reject it, so the
     * page offers them no decision (the API would refuse it anyway).
     */
    public boolean ownSubmission(Map<String, Object> status, SignedInUser user) {
        Event submitted = lastSubmission(status);
        return "SUBMITTED".equals(String.valueOf(status.get("status")))
                && submitted != null
                && submitted.actor() != null
                && submitted.actor().equalsIgnoreCase(user.username());
    }

    /** The reason of the latest rejection, for the officer to read. */
    public Event lastRejection(Map<String, Object> status) {
        return history(status).stream()
                .filter(e -> e.kind().equals("REJECTED"))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    private static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.toString());
        } catch (RuntimeException notOffset) {
            return null;
        }
    }

    private static Integer round(Map<String, Object> map) {
        return map.get("round") instanceof Number n ? n.intValue() : null;
    }

    private static Object first(Map<String, Object> map, String... keys) {
        for (String key : keys) {
            if (map.get(key) != null) {
                return map.get(key);
            }
        }
        return null;
    }

    private static String text(Map<String, Object> map, String... keys) {
        Object value = first(map, keys);
        return value == null ? null : value.toString();
    }
}
