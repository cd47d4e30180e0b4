package th.prongsai.report.publication;

/**
 * A version of the measure report was published, inside the publishing transaction (the tenant is set): listeners
 * in other modules act on it without publication knowing them, and their changes commit with the version.
 *
 * @param fiscalYear the report's fiscal year
 * @param version    the published version's number
 * @param publicPath the version's permanent public path, {@code /public/{code}/reports/{fy}/versions/{n}}
 */
public record ReportPublished(int fiscalYear, int version, String publicPath) {}
