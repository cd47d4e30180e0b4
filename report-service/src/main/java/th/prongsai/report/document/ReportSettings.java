package th.prongsai.report.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.Problems;
import th.prongsai.report.audit.AuditLog;

/**
 * The tenant's report settings: its approval chain (positions in order), the letter prefix of the memo's running
 * number, the office phone printed under ส่วนราชการ. Without a row, the demo chain head of office → clerk → mayor.
 */
@Service
public class ReportSettings {

    public record Settings(List<ApprovalStep> approvalChain, String letterPrefix, String phone) {}

    static final Settings DEFAULT = new Settings(Arrays.asList(ApprovalStep.values()), "สป.", null);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ReportSettings(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Must run in a tenant transaction: the table is the tenant's. */
    @Transactional(readOnly = true)
    public Settings current() {
        List<Settings> rows = jdbc.query(
                "SELECT approval_chain, letter_prefix, phone FROM report_settings WHERE id = 1",
                (rs, i) -> new Settings(
                        Arrays.stream((String[]) rs.getArray(1).getArray())
                                .map(ApprovalStep::valueOf)
                                .toList(),
                        rs.getString(2),
                        rs.getString(3)));
        return rows.isEmpty() ? DEFAULT : rows.getFirst();
    }

    @Transactional
    public Settings replace(List<String> chain, String letterPrefix, String phone) {
        List<Map<String, String>> errors = new ArrayList<>();
        List<ApprovalStep> steps = new ArrayList<>();
        if (chain == null || chain.isEmpty() || chain.size() > ApprovalStep.values().length) {
            errors.add(Problems.fieldError(
                    "approvalChain",
                    "must list 1 to " + ApprovalStep.values().length + " of "
                            + Arrays.toString(ApprovalStep.values())));
        } else {
            for (int i = 0; i < chain.size(); i++) {
                try {
                    steps.add(ApprovalStep.valueOf(String.valueOf(chain.get(i))));
                } catch (IllegalArgumentException e) {
                    errors.add(Problems.fieldError(
                            "approvalChain[" + i + "]", "must be one of " + Arrays.toString(ApprovalStep.values())));
                }
            }
            if (new HashSet<>(steps).size() != steps.size()) {
                errors.add(Problems.fieldError("approvalChain", "must not repeat a position"));
            }
        }
        if (letterPrefix == null || letterPrefix.isBlank() || letterPrefix.length() > 40) {
            errors.add(Problems.fieldError("letterPrefix", "must be 1 to 40 characters, e.g. นศ 53301"));
        }
        // Thai or Arabic digits alike: the check reads the number in Arabic ones.
        if (phone != null && !DigitStyle.ARABIC.apply(phone).matches("[0-9 +()-]{0,40}")) {
            errors.add(Problems.fieldError("phone", "must be a phone number"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Settings before = current();
        jdbc.update("""
                INSERT INTO report_settings (id, approval_chain, letter_prefix, phone) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET approval_chain = excluded.approval_chain,
                    letter_prefix = excluded.letter_prefix, phone = excluded.phone, updated_at = now()""", steps.stream().map(Enum::name).toArray(String[]::new), letterPrefix.strip(), phone);
        Settings after = current();
        audit.record("UPDATE", "report-settings", null, null, before, after);
        return after;
    }
}
