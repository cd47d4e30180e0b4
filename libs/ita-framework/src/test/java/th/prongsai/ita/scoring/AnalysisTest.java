package th.prongsai.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;

class AnalysisTest {

    private static final Framework FY2567 = BuiltInFrameworks.of(2567).orElseThrow();

    @Test
    void thaPhaeAnalysisFor2568WeakestFirst() {
        Analysis analysis = Scoring.analyse(FY2567, Scores.of(Scores.THA_PHAE_2567), Scores.of(Scores.THA_PHAE_2566));

        assertThat(analysis.fiscalYear()).isEqualTo(2568);
        assertThat(analysis.basedOnFiscalYear()).isEqualTo(2567);
        assertThat(analysis.focus())
                .extracting(focus -> focus.indicator().code())
                .containsExactly("10", "9", "4", "8", "5", "7", "1", "2");
        assertThat(analysis.focus()).allMatch(Focus::belowPassMark);
        assertThat(analysis.focus())
                .extracting(Focus::dropped)
                .containsExactly(true, true, true, true, false, false, true, false);
        assertThat(analysis.focus().get(3).indicator().change()).isEqualTo(new BigDecimal("-3.70"));
    }

    @Test
    void withoutTheYearBeforeOnlyBelowPassMarkCounts() {
        Analysis analysis = Scoring.analyse(FY2567, Scores.of(Scores.THA_PHAE_2567), null);
        assertThat(analysis.focus()).hasSize(8).noneMatch(Focus::dropped);
        assertThat(analysis.focus())
                .extracting(focus -> focus.indicator().code())
                .doesNotContain("3", "6");
    }

    @Test
    void aPassingIndicatorThatDroppedIsAFocusAndEqualScoresKeepFrameworkOrder() {
        Analysis analysis = Scoring.analyse(
                FY2567, Scores.of("90 95 95 95 95 95 95 95 95 90"), Scores.of("95 95 95 95 95 95 95 95 95 90"));
        assertThat(analysis.focus()).hasSize(1);
        Focus focus = analysis.focus().getFirst();
        assertThat(focus.indicator().code()).isEqualTo("1");
        assertThat(focus.belowPassMark()).isFalse();
        assertThat(focus.dropped()).isTrue();

        Analysis ties = Scoring.analyse(FY2567, Scores.of("80 95 95 80 95 95 95 95 95 80"), null);
        assertThat(ties.focus()).extracting(f -> f.indicator().code()).containsExactly("1", "4", "10");
    }

    @Test
    void nothingToFocusOnWhenEverythingPassesAndNothingDropped() {
        Analysis analysis = Scoring.analyse(FY2567, Scores.all("96"), Scores.all("96"));
        assertThat(analysis.focus()).isEmpty();
    }
}
