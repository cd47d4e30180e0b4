/**
 * The ITA framework of every fiscal year as data (reporting.frameworks), its catalogue and API.
 * Uses feed, to tell analytics of a new or replaced year.
 */
@NullMarked
package th.prongsai.report.framework;

import org.jspecify.annotations.NullMarked;
