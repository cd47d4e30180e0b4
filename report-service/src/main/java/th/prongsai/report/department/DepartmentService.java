package th.prongsai.report.department;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.tenancy.web.ApiProblem;

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
    private final Clock clock;

    public DepartmentService(DepartmentRepository departments, Clock clock) {
        this.departments = departments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> list() {
        return departments.findAllByOrderByNameAsc().stream().map(DepartmentView::of).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentView get(long id) {
        return departments.findById(id).map(DepartmentView::of).orElseThrow(() -> ApiProblem.notFound("หน่วยงานที่ระบุ"));
    }

    @Transactional
    public DepartmentView create(String name) {
        String trimmed = name.strip();
        if (departments.existsByName(trimmed)) {
            throw ApiProblem.conflict("duplicate-department", "Duplicate department", "มีหน่วยงานชื่อนี้อยู่แล้ว");
        }
        return DepartmentView.of(departments.saveAndFlush(new Department(trimmed, Instant.now(clock))));
    }

    /** The ids among {@code ids} that are not departments of this tenant. */
    @Transactional(readOnly = true)
    public List<Long> missing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> found = departments.findAllById(ids).stream().map(Department::getId).toList();
        return ids.stream().filter(id -> !found.contains(id)).sorted().toList();
    }
}
