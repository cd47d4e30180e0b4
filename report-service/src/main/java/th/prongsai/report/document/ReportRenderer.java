package th.prongsai.report.document;

/** Turns a {@link ReportLayout} into the bytes of one file format. Implementations are stateless and thread-safe. */
public interface ReportRenderer {

    /** The {@code format} query value: pdf, docx, html. */
    String format();

    String mediaType();

    byte[] render(ReportLayout layout);
}
