package th.prongsai.report.department;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.report.department.DepartmentService.DepartmentView;
import th.prongsai.tenancy.context.TenantContext;

/** {@code /t/{code}/api/departments}: reached only through libs/tenancy's guard, which set the tenant. */
@RestController
@RequestMapping("/t/{code}/api/departments")
class DepartmentController {

    record DepartmentRequest(@NotBlank @Size(max = 200) String name) {}

    private final DepartmentService service;

    DepartmentController(DepartmentService service) {
        this.service = service;
    }

    @GetMapping
    List<DepartmentView> list() {
        return service.list();
    }

    @GetMapping("/{id}")
    DepartmentView get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<DepartmentView> create(@Valid @RequestBody DepartmentRequest request) {
        DepartmentView created = service.create(request.name());
        URI location = URI.create("/t/" + TenantContext.require() + "/api/departments/" + created.id());
        return ResponseEntity.created(location).body(created);
    }
}
