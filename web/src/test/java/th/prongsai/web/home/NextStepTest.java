package th.prongsai.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.prongsai.web.platform.SignedInUser;

class NextStepTest {

    static final SignedInUser OFFICER = user(Set.of("MUNICIPAL_OFFICER"), "OFFICER");
    static final SignedInUser HEAD = user(Set.of(), "HEAD_OF_OFFICE");
    static final SignedInUser ADMIN = user(Set.of("MUNICIPAL_ADMIN"), null);

    static SignedInUser user(Set<String> roles, String position) {
        return new SignedInUser("u", "t", Instant.MAX, roles, "tha-phae", "80", position);
    }

    static Map<String, Object> report(String status, String next) {
        Map<String, Object> report = new HashMap<>();
        report.put("status", status);
        report.put("nextApprover", next);
        report.put("dataChangedSinceSubmission", false);
        return report;
    }

    @Test
    void withoutLastYearsScoresTheOfficerEntersThemFirst() {
        NextStep step = NextStep.of("tha-phae", 2568, OFFICER, false, 0, report("DRAFT", null), Map.of());
        assertThat(step.messageKey()).isEqualTo("home.next.scores");
        assertThat(step.argument()).isEqualTo("2567");
        assertThat(step.href()).isEqualTo("/m/tha-phae/2567/scores");
    }

    @Test
    void aDraftWithBlockingFindingsAsksForResultsAndOneWithoutAsksToSubmit() {
        Map<String, Object> blocked = Map.of("ready", false, "findings", List.of(Map.of("severity", "BLOCKING")));
        assertThat(NextStep.of("tha-phae", 2567, OFFICER, true, 23, report("DRAFT", null), blocked)
                        .messageKey())
                .isEqualTo("home.next.results");
        Map<String, Object> ready = Map.of("ready", true, "findings", List.of(Map.of("severity", "WARNING")));
        NextStep submit = NextStep.of("tha-phae", 2567, OFFICER, true, 23, report("DRAFT", null), ready);
        assertThat(submit.messageKey()).isEqualTo("home.next.submit");
        assertThat(submit.href()).isEqualTo("/m/tha-phae/2567/report");
    }

    @Test
    void aSubmittedReportWaitsForTheApproverWhoseTurnItIs() {
        NextStep waiting =
                NextStep.of("tha-phae", 2567, OFFICER, true, 23, report("SUBMITTED", "HEAD_OF_OFFICE"), Map.of());
        assertThat(waiting.argumentKey()).isEqualTo("position.HEAD_OF_OFFICE");
        assertThat(waiting.href()).as("the officer can only wait").isNull();
        assertThat(NextStep.of("tha-phae", 2567, HEAD, true, 23, report("SUBMITTED", "HEAD_OF_OFFICE"), Map.of())
                        .href())
                .isEqualTo("/m/tha-phae/approvals");
    }

    @Test
    void anApprovedReportIsPublishedByTheMunicipalitysAdmin() {
        assertThat(NextStep.of("tha-phae", 2567, ADMIN, true, 23, report("APPROVED", null), Map.of())
                        .href())
                .isEqualTo("/m/tha-phae/2567/publish");
        assertThat(NextStep.of("tha-phae", 2567, OFFICER, true, 23, report("APPROVED", null), Map.of())
                        .messageKey())
                .isEqualTo("home.next.waitPublish");
    }
}
