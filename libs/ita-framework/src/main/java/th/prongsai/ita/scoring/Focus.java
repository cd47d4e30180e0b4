package th.prongsai.ita.scoring;

/**
 * An indicator that needs a measure (ประเด็นที่ต้องพัฒนา), and why: below the pass mark, dropped from the year
 * before, or both.
 */
public record Focus(IndicatorResult indicator, boolean belowPassMark, boolean dropped) {}
