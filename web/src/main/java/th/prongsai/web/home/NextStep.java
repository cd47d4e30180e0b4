package th.prongsai.web.home;

import java.util.List;
import java.util.Map;
import th.prongsai.web.platform.SignedInUser;

/**
 * What the signed-in user should do next in this year's work, as one sentence and (where there is something to
 * do) one button: enter last year's scores, add measures, fill in results, check and submit, wait for the
 * approver whose turn it is, publish. It reads the states the API reports; it decides nothing the API decides.
 *
 * @param messageKey  the sentence; {@code argument}, or the message {@code argumentKey} names, fills its {0}
 * @param href       where the button goes, or null when the user can only wait
 */
record NextStep(String messageKey, String argument, String argumentKey, String href, String buttonKey) {

    NextStep(String messageKey, String argument, String href, String buttonKey) {
        this(messageKey, argument, null, href, buttonKey);
    }

    static NextStep of(
            String code,
            int fy,
            SignedInUser user,
            boolean hasLastYearScores,
            int measures,
            Map<String, Object> report,
            Map<String, Object> checks) {
        String base = "/m/" + code + "/" + fy;
        boolean edits = user.mayEdit(code);
        String status = String.valueOf(report.get("status"));
        if (!hasLastYearScores) {
            return new NextStep(
                    "home.next.scores",
                    String.valueOf(fy - 1),
                    edits ? "/m/" + code + "/" + (fy - 1) + "/scores" : null,
                    "home.next.scores.button");
        }
        if (measures == 0) {
            return new NextStep(
                    "home.next.measures", null, edits ? base + "/measures/new" : null, "home.next.measures.button");
        }
        switch (status) {
            case "SUBMITTED" -> {
                String next = String.valueOf(report.get("nextApprover"));
                boolean myTurn = next.equals(user.position()) && user.isOf(code);
                return new NextStep(
                        "home.next.wait",
                        null,
                        "position." + next,
                        myTurn ? "/m/" + code + "/approvals" : null,
                        "home.next.approve.button");
            }
            case "APPROVED" -> {
                boolean publisher = user.isNationalAdmin() || (user.isMunicipalAdmin() && user.isOf(code));
                return new NextStep(
                        publisher ? "home.next.publish" : "home.next.waitPublish",
                        null,
                        publisher ? base + "/publish" : null,
                        "home.next.publish.button");
            }
            case "PUBLISHED" -> {
                return new NextStep("home.next.published", null, "/public/" + code, "home.next.published.button");
            }
            default -> {
                boolean blocked = blocking(checks);
                if (Boolean.TRUE.equals(report.get("dataChangedSinceSubmission"))) {
                    return new NextStep("home.next.resubmit", null, base + "/report", "home.next.submit.button");
                }
                return blocked
                        ? new NextStep(
                                "home.next.results",
                                null,
                                edits ? base + "/measures" : null,
                                "home.next.results.button")
                        : new NextStep("home.next.submit", null, base + "/report", "home.next.submit.button");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean blocking(Map<String, Object> checks) {
        List<Map<String, Object>> findings = (List<Map<String, Object>>) checks.getOrDefault("findings", List.of());
        return Boolean.FALSE.equals(checks.get("ready"))
                || findings.stream().anyMatch(f -> "BLOCKING".equals(f.get("severity")));
    }
}
