/**
 * How pages write dates, months and figures (Buddhist-Era years and Thai months, or English): @thai in templates;
 * tables as CSV and XLSX files.
 * Uses no other module (libs/ita-framework only).
 */
@NullMarked
package th.prongsai.web.format;

import org.jspecify.annotations.NullMarked;
