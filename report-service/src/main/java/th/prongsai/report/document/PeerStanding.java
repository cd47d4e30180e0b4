package th.prongsai.report.document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;
import th.prongsai.report.document.ReportLayout.Orientation;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.tenancy.security.Callers;
import tools.jackson.databind.JsonNode;

/**
 * The optional section placing the municipality among its province's and its type's peers, from analytics-service's
 * scorecard, asked with the caller's own token (a municipal user may read their own scorecard). When analytics is
 * down, slow or has no figures for the year, the section is left out: the report never waits on it. It is asked
 * outside any transaction, so that a slow analytics never holds a pooled database connection.
 */
@Component
class PeerStanding {

    private static final Logger log = LoggerFactory.getLogger(PeerStanding.class);

    private final RestClient analytics;

    PeerStanding(@Value("${ita.report.analytics-url:http://127.0.0.1:8083}") String analyticsUrl) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofMillis(300));
        requests.setReadTimeout(Duration.ofMillis(1500));
        this.analytics = RestClient.builder()
                .baseUrl(analyticsUrl)
                .requestFactory(requests)
                .build();
    }

    Optional<Paragraphs> section(String tenant, int fiscalYear) {
        Assert.state(
                !TransactionSynchronizationManager.isActualTransactionActive(),
                "the peer standing is a remote call: ask it before a transaction begins, not inside one");
        Optional<String> token = Callers.bearerToken();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode card = analytics
                    .get()
                    .uri("/api/analytics/scorecards/{code}/{fy}", tenant, fiscalYear)
                    .header("Authorization", "Bearer " + token.get())
                    .retrieve()
                    .body(JsonNode.class);
            if (card == null || card.get("ranks") == null) {
                return Optional.empty();
            }
            JsonNode ranks = card.get("ranks");
            List<String> lines = new ArrayList<>();
            // The published overall is the municipality's result; the ranks are analytics' own, on computed scores.
            JsonNode published = card.get("publishedOverall");
            String overall = score(published != null && !published.isNull() ? published : card.get("overall"));
            lines.add("คะแนนรวม " + overall + " คะแนน");
            line(lines, "ในจังหวัด", ranks.get("province"));
            line(lines, "ในหน่วยงานประเภทเดียวกัน", ranks.get("type"));
            line(lines, "ทั่วประเทศ", ranks.get("national"));
            return Optional.of(new Paragraphs(
                    "ผลการประเมินเทียบกับหน่วยงานอื่น ประจำปีงบประมาณ พ.ศ. " + fiscalYear,
                    lines,
                    Orientation.PORTRAIT));
        } catch (RuntimeException e) {
            log.debug("No peer standing for {} {}: {}", tenant, fiscalYear, e.getMessage());
            return Optional.empty();
        }
    }

    /** Two decimals as every score of the report: a JSON number read as a double has lost "68.50"'s zero. */
    private static String score(JsonNode value) {
        return value.isNumber() ? ReportAssembler.score(value.decimalValue()) : value.asString();
    }

    private static void line(List<String> lines, String where, JsonNode standing) {
        if (standing != null && !standing.isNull()) {
            lines.add(where + ": อันดับที่ " + standing.get("rank").asString() + " จาก "
                    + standing.get("of").asString() + " แห่ง (สูงกว่าร้อยละ " + score(standing.get("percentile"))
                    + " ของหน่วยงาน)");
        }
    }
}
