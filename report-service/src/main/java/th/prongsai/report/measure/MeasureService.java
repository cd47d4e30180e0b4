package th.prongsai.report.measure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.report.department.DepartmentService;
import th.prongsai.tenancy.web.ApiProblem;

/** Measures of the tenant in {@code TenantContext}. */
@Service
public class MeasureService {

    /** How a measure is shown. */
    public record MeasureView(long id, int fiscalYear, int number, String title, List<String> indicatorCodes,
            List<Long> departmentIds, Integer startMonth, Integer endMonth, MeasureStatus status,
            String outputSummary, String outcome, long version, Instant createdAt, Instant updatedAt) {

        static MeasureView of(Measure m) {
            return new MeasureView(m.getId(), m.getFiscalYear(), m.getNumber(), m.getTitle(), m.getIndicatorCodes(),
                    m.getDepartmentIds().stream().sorted().toList(), m.getStartMonth(), m.getEndMonth(),
                    m.getStatus(), m.getOutputSummary(), m.getOutcome(), m.getVersion(), m.getCreatedAt(),
                    m.getUpdatedAt());
        }
    }

    private final MeasureRepository measures;
    private final DepartmentService departments;
    private final Clock clock;

    public MeasureService(MeasureRepository measures, DepartmentService departments, Clock clock) {
        this.measures = measures;
        this.departments = departments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MeasureView> list(int fiscalYear, int size) {
        return measures.findByFiscalYearOrderByNumberAsc(fiscalYear, Limit.of(size)).stream()
                .map(MeasureView::of).toList();
    }

    @Transactional(readOnly = true)
    public MeasureView get(int fiscalYear, long id) {
        return MeasureView.of(find(fiscalYear, id));
    }

    @Transactional
    public MeasureView create(int fiscalYear, MeasureRequest request) {
        if (measures.existsByFiscalYearAndNumber(fiscalYear, request.number())) {
            throw duplicateNumber(request.number());
        }
        checkDepartments(request);
        Measure measure = new Measure(fiscalYear, Instant.now(clock));
        measure.apply(request, Instant.now(clock));
        return MeasureView.of(measures.saveAndFlush(measure));
    }

    @Transactional
    public MeasureView update(int fiscalYear, long id, MeasureRequest request) {
        Measure measure = find(fiscalYear, id);
        if (measure.getVersion() != request.version()) {
            throw stale();
        }
        if (measures.existsByFiscalYearAndNumberAndIdNot(fiscalYear, request.number(), id)) {
            throw duplicateNumber(request.number());
        }
        checkDepartments(request);
        measure.apply(request, Instant.now(clock));
        // Flushing here bumps the version (or fails with a 409 when someone else committed in between).
        return MeasureView.of(measures.saveAndFlush(measure));
    }

    @Transactional
    public void delete(int fiscalYear, long id) {
        measures.delete(find(fiscalYear, id));
    }

    private Measure find(int fiscalYear, long id) {
        return measures.findByIdAndFiscalYear(id, fiscalYear)
                .orElseThrow(() -> ApiProblem.notFound("มาตรการที่ระบุในปีงบประมาณ " + fiscalYear));
    }

    private void checkDepartments(MeasureRequest request) {
        List<Long> missing = departments.missing(request.departmentIdsOrEmpty());
        if (!missing.isEmpty()) {
            throw ApiProblem.invalid("departmentIds", "unknown department ids " + missing);
        }
    }

    private static ApiProblem duplicateNumber(int number) {
        return new ApiProblem(HttpStatus.CONFLICT, "duplicate-measure-number", "Duplicate measure number",
                "มีมาตรการลำดับที่ " + number + " ในปีงบประมาณนี้อยู่แล้ว");
    }

    private static ApiProblem stale() {
        return new ApiProblem(HttpStatus.CONFLICT, "stale-version", "Stale version",
                "ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดข้อมูลล่าสุดก่อนแก้ไข");
    }
}
