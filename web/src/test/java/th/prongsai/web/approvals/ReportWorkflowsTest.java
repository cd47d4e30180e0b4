package th.prongsai.web.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.YearChoice;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;

class ReportWorkflowsTest {

    private final YearChoice years = mock(YearChoice.class);
    private final ReportWorkflows workflows = new ReportWorkflows(mock(GatewayClient.class), years);

    @Test
    void anApproverIsWaitedForOnlyWhereTheNextStepIsTheirPosition() {
        when(years.withData("trang"))
                .thenReturn(List.of(
                        year(2567, report("SUBMITTED", "CLERK")),
                        year(2566, report("SUBMITTED", "HEAD_OF_OFFICE")),
                        year(2565, report("APPROVED", null)),
                        year(2564, null)));
        assertThat(workflows.waitingFor("trang", user("trang.head", "MUNICIPAL_OFFICER", "HEAD_OF_OFFICE")))
                .extracting(ReportWorkflows.Waiting::fiscalYear)
                .containsExactly(2566);
        assertThat(workflows.waitingFor("trang", user("trang.clerk", "MUNICIPAL_OFFICER", "CLERK")))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.fiscalYear()).isEqualTo(2567);
                    assertThat(w.submittedBy()).isEqualTo("trang.officer");
                });
        assertThat(workflows.waitingFor("trang", user("trang.officer", "MUNICIPAL_OFFICER", "OFFICER")))
                .isEmpty();
        assertThat(workflows.waitingFor("trang", user("trang.admin", "MUNICIPAL_ADMIN", null)))
                .extracting(ReportWorkflows.Waiting::fiscalYear)
                .containsExactly(2565);
    }

    @Test
    void theHistoryIsTheStatussOwnAndTheLastRejectionCarriesItsReason() {
        Map<String, Object> status = Map.of(
                "status",
                "REJECTED",
                "history",
                List.of(
                        Map.of("type", "SUBMITTED", "actor", "trang.officer", "at", "2026-12-01T08:00:00Z"),
                        Map.of(
                                "type",
                                "REJECTED",
                                "actor",
                                "trang.clerk",
                                "position",
                                "CLERK",
                                "comment",
                                "ยังไม่ครบ",
                                "at",
                                "2026-12-01T09:00:00Z")));
        assertThat(workflows.history(status))
                .extracting(ReportWorkflows.Event::kind)
                .containsExactly("SUBMITTED", "REJECTED");
        assertThat(workflows.lastRejection(status).text()).isEqualTo("ยังไม่ครบ");
        assertThat(workflows.lastSubmission(status).actor()).isEqualTo("trang.officer");
    }

    @Test
    void theSubmitterIsToldTheReportIsTheirsAndOffersNoDecision() {
        Map<String, Object> own = report("SUBMITTED", "HEAD_OF_OFFICE");
        own.put("submittedBy", "trang.somchai");
        when(years.withData("trang"))
                .thenReturn(List.of(year(2567, own), year(2566, report("SUBMITTED", "HEAD_OF_OFFICE"))));
        SignedInUser somchai = user("Trang.Somchai", "MUNICIPAL_OFFICER", "HEAD_OF_OFFICE");

        assertThat(workflows.waitingFor("trang", somchai))
                .extracting(ReportWorkflows.Waiting::fiscalYear, ReportWorkflows.Waiting::ownSubmission)
                .containsExactly(Tuple.tuple(2567, true), Tuple.tuple(2566, false));
        assertThat(workflows.ownSubmission(own, somchai))
                .as("usernames compare without case")
                .isTrue();
        assertThat(workflows.ownSubmission(own, user("trang.wilai", "MUNICIPAL_OFFICER", "HEAD_OF_OFFICE")))
                .isFalse();
        own.put("status", "REJECTED");
        assertThat(workflows.ownSubmission(own, somchai))
                .as("nothing to decide")
                .isFalse();
    }

    @Test
    void theHistoryCarriesTheApproversDisplayName() {
        Map<String, Object> status = Map.of(
                "status",
                "SUBMITTED",
                "history",
                List.of(
                        Map.of("type", "SUBMITTED", "actor", "trang.officer", "at", "2026-12-01T08:00:00Z"),
                        Map.of(
                                "type",
                                "APPROVED",
                                "actor",
                                "trang.head",
                                "actorName",
                                "วิไล รักษ์ดี",
                                "position",
                                "HEAD_OF_OFFICE",
                                "at",
                                "2026-12-01T09:00:00Z")));
        assertThat(workflows.history(status))
                .extracting(ReportWorkflows.Event::actorName)
                .containsExactly(null, "วิไล รักษ์ดี");
    }

    private static Map<String, Object> year(int fiscalYear, Map<String, Object> report) {
        Map<String, Object> year = new HashMap<>();
        year.put("fiscalYear", fiscalYear);
        year.put("report", report);
        return year;
    }

    private static Map<String, Object> report(String state, String next) {
        Map<String, Object> report = new HashMap<>();
        report.put("status", state);
        report.put("nextApprover", next);
        report.put("submittedBy", "trang.officer");
        report.put("submittedAt", "2026-12-01T08:00:00Z");
        return report;
    }

    private static SignedInUser user(String username, String role, String position) {
        return new SignedInUser(username, "token", Instant.MAX, Set.of(role), "trang", null, position);
    }
}
