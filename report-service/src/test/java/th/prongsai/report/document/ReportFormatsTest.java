package th.prongsai.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.document.ReportLayout.Meta;
import th.prongsai.report.document.ReportLayout.Orientation;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportLayout.TableKind;

/** The formats a report offers are exactly its renderers' and json, and the CSV finds its table by kind. */
class ReportFormatsTest {

    private final ReportService reports = new ReportService(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new CsvRenderer(), renderer("pdf"), renderer("docx"), draftOnly("pdfa")),
            null,
            null);

    @Test
    void everyOfferedFormatIsAFileWithItsRendererOrJson() {
        assertThat(reports.fileFormats()).as("what a publication stores").containsExactly("csv", "docx", "pdf");
        assertThat(reports.formats()).containsExactly("csv", "docx", "json", "pdf", "pdfa");
    }

    @Test
    void aFormatWithoutARendererIsABadRequest() {
        assertThatThrownBy(() -> reports.render(2567, "json", null, null, null, null))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> reports.report(2567, "odt", null, null))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void csvIsTheMeasuresTableWhateverItsHeading() {
        Table scores = new Table(
                TableKind.SCORES,
                "ผลการดำเนินการ (คะแนน)",
                List.of("ตัวชี้วัด", "คะแนน"),
                List.of(1, 1),
                List.of(Row.data(List.of("1", "90.00"))),
                null,
                Orientation.PORTRAIT);
        Table measures = new Table(
                TableKind.MEASURES,
                "Measures",
                List.of("มาตรการ"),
                List.of(1),
                List.of(Row.group("ประเด็นที่ 1"), Row.data(List.of("1. ประชุม"))),
                null,
                Orientation.LANDSCAPE);
        ReportLayout layout = new ReportLayout(
                new Meta("t", null, null, null, "th", 2567, null), DigitStyle.ARABIC, List.of(scores, measures));

        String csv = new String(new CsvRenderer().render(layout), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF\"มาตรการ\"\r\n\"ประเด็นที่ 1\"\r\n\"1. ประชุม\"\r\n");
    }

    @Test
    void csvOfALayoutWithoutMeasuresHasNoRows() {
        ReportLayout layout =
                new ReportLayout(new Meta("t", null, null, null, "th", 2567, null), DigitStyle.ARABIC, List.of());

        assertThat(new String(new CsvRenderer().render(layout), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF");
    }

    private static ReportRenderer renderer(String format) {
        return new ReportRenderer() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String mediaType() {
                return "application/octet-stream";
            }

            @Override
            public byte[] render(ReportLayout layout) {
                return new byte[0];
            }
        };
    }

    /** A variant offered as a draft download only (as pdfa is). */
    private static ReportRenderer draftOnly(String format) {
        ReportRenderer base = renderer(format);
        return new ReportRenderer() {
            @Override
            public String format() {
                return base.format();
            }

            @Override
            public String mediaType() {
                return base.mediaType();
            }

            @Override
            public byte[] render(ReportLayout layout) {
                return base.render(layout);
            }

            @Override
            public boolean published() {
                return false;
            }
        };
    }
}
