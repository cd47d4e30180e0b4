package th.prongsai.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ScoreChartTest {

    @Test
    void barsAreAsLongAsTheirScoresAndThePassLineSitsAtThePassMark() {
        Map<String, Object> scores = Map.of(
                "passMark",
                85,
                "indicators",
                List.of(
                        Map.of("code", "1", "score", 100, "passed", true),
                        Map.of("code", "10", "score", 43.34, "passed", false)));
        ScoreChart chart = ScoreChart.of(scores);
        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.bars().get(0).width()).isEqualTo(chart.plotWidth());
        assertThat(chart.bars().get(1).width()).isCloseTo(chart.plotWidth() * 0.4334, Offset.offset(0.001));
        assertThat(chart.passLineX()).isEqualTo(chart.plotLeft() + chart.plotWidth() * 0.85);
        assertThat(chart.passedCount()).isEqualTo(1);
        assertThat(chart.failedCount()).isEqualTo(1);
        assertThat(chart.bars().get(1).y()).isGreaterThan(chart.bars().get(0).y());
        assertThat(chart.axisY()).isLessThan(chart.height());
    }
}
