package th.prongsai.report.department;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.audit.AuditLog;

/** Departments of the tenant in {@code TenantContext}. */
@Service
public class DepartmentService {

    /** How a department is shown. */
    public record DepartmentView(long id, String name, long version, Instant createdAt, Instant updatedAt) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.getId(), d.getName(), d.getVersion(), d.getCreatedAt(), d.getUpdatedAt());
        }
    }

    private final DepartmentRepository departments;
    private final AuditLog audit;
    private final Clock clock;

    public DepartmentService(DepartmentRepository departments, AuditLog audit, Clock clock) {
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> list() {
        return departments.findAllByOrderByNameAsc().stream()
                .map(DepartmentView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public DepartmentView get(long id) {
        return departments
                .findById(id)
                .map(DepartmentView::of)
                .orElseThrow(() -> ApiProblem.notFound("หน่วยงานที่ระบุ"));
    }

    @Transactional
    public DepartmentView create(String name) {
        String trimmed = name.strip();
        if (departments.existsByName(trimmed)) {
            throw ApiProblem.conflict("duplicate-department", "Duplicate department", "มีหน่วยงานชื่อนี้อยู่แล้ว");
        }
        DepartmentView created =
                DepartmentView.of(departments.saveAndFlush(new Department(trimmed, Instant.now(clock))));
        audit.record("CREATE", "department", created.id(), null, null, created);
        return created;
    }

    /** The id of the department of that name, created when missing (imports name departments, not ids). */
    @Transactional
    public long idOf(String name) {
        String trimmed = name.strip();
        return departments
                .findByName(trimmed)
                .orElseGet(() -> departments.saveAndFlush(new Department(trimmed, Instant.now(clock))))
                .getId();
    }

    /** Every department's name by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::getId, Department::getName));
    }

    /** The ids among {@code ids} that are not departments of this tenant. */
    @Transactional(readOnly = true)
    public List<Long> missing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> found =
                departments.findAllById(ids).stream().map(Department::getId).toList();
        return ids.stream().filter(id -> !found.contains(id)).sorted().toList();
    }
}
