/**
 * The measure report: templates, settings, the layout assembled from the year's data, its PDF, DOCX, HTML, CSV, JSON.
 * Uses measure, scores, framework, department, schema, exchange (CSV writing) and audit; renderers are internal.
 */
@NullMarked
package th.prongsai.report.document;

import org.jspecify.annotations.NullMarked;
