package th.prongsai.report.document;

/** Turns a {@link ReportLayout} into the bytes of one file format. Implementations are stateless and thread-safe. */
public interface ReportRenderer {

    /** The {@code format} query value: pdf, docx, html. */
    String format();

    String mediaType();

    byte[] render(ReportLayout layout);

    /** The file name's extension: the format's own unless a variant of another (pdfa is a .pdf). */
    default String extension() {
        return format();
    }

    /** Whether a publication stores this format with every version (a draft download only, when not). */
    default boolean published() {
        return true;
    }
}
