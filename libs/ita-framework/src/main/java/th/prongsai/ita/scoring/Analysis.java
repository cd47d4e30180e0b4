package th.prongsai.ita.scoring;

import java.util.List;

/**
 * The analysis a municipality writes for fiscal year N (การวิเคราะห์ผลการประเมิน): the indicators of year N−1
 * that fell below the pass mark or dropped from N−2, weakest first.
 *
 * @param fiscalYear        N, the year the measures are for
 * @param basedOnFiscalYear N−1, the year whose results are analysed
 */
public record Analysis(int fiscalYear, int basedOnFiscalYear, List<Focus> focus) {

    public Analysis {
        focus = List.copyOf(focus);
    }
}
