package th.prongsai.report.document;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportLayout.TableKind;
import th.prongsai.report.exchange.Csv;

/**
 * The report's measures table as CSV (the template's columns, group rows as one cell), for a spreadsheet. A template
 * without the measures section gives a file without rows rather than no file: every format of a report is published.
 */
@Component
class CsvRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public byte[] render(ReportLayout layout) {
        List<List<String>> rows = new ArrayList<>();
        layout.sections().stream()
                .filter(s -> s instanceof Table t && t.kind() == TableKind.MEASURES)
                .map(Table.class::cast)
                .findFirst()
                .ifPresent(table -> {
                    rows.add(table.columns());
                    table.rows().stream().map(Row::cells).forEach(rows::add);
                });
        return Csv.write(rows);
    }
}
