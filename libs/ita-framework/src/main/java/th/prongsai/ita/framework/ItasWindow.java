package th.prongsai.ita.framework;

import java.time.LocalDate;

/**
 * The window in which ITAS takes a year's OIT answers (URLs), both days included: 1 March – 30 April in 2564 and
 * 2565 [confirmed]; the other built-in years carry the same dates as an assumption (decision 0013).
 */
public record ItasWindow(LocalDate opens, LocalDate closes) {}
