package th.prongsai.tenant.tenant;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.events.TenantEvent;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.TenantAccess;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.TenantRefusal;
import th.prongsai.tenant.UniqueViolation;
import th.prongsai.tenant.audit.AuditLog;
import th.prongsai.tenant.province.ProvinceRepository;

/** The registry's transactional steps; each one commits its row change, event and audit entry together. */
@Service
class TenantRegistry {

    /** A lifecycle command and its allowed starting states. */
    enum Transition {
        SUSPEND(TenantStatus.SUSPENDED, TenantEvent.Kind.SUSPENDED, Set.of(TenantStatus.ACTIVE)),
        ACTIVATE(TenantStatus.ACTIVE, TenantEvent.Kind.ACTIVATED, Set.of(TenantStatus.SUSPENDED)),
        ARCHIVE(
                TenantStatus.ARCHIVED,
                TenantEvent.Kind.ARCHIVED,
                Set.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED, TenantStatus.FAILED));

        final TenantStatus target;
        final TenantEvent.Kind kind;
        final Set<TenantStatus> from;

        Transition(TenantStatus target, TenantEvent.Kind kind, Set<TenantStatus> from) {
            this.target = target;
            this.kind = kind;
            this.from = from;
        }
    }

    private final TenantRepository tenants;
    private final ProvinceRepository provinces;
    private final TenantEvents events;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final String placementDatabase;

    TenantRegistry(
            TenantRepository tenants,
            ProvinceRepository provinces,
            TenantEvents events,
            AuditLog audit,
            ApplicationEventPublisher publisher,
            @Value("${ita.placement.database:prongsai}") String placementDatabase) {
        this.tenants = tenants;
        this.provinces = provinces;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
        this.placementDatabase = placementDatabase;
    }

    @Transactional
    TenantView createProvisioning(Caller caller, NewTenant request) {
        if (!provinces.existsById(request.province())) {
            throw new ApiProblem(
                            HttpStatus.BAD_REQUEST,
                            "validation",
                            "Validation failed",
                            "ไม่พบจังหวัดรหัส " + request.province())
                    .withProperty("errors", List.of(Map.of("field", "province", "message", "unknown province code")));
        }
        if (tenants.existsByCode(request.code().value())) {
            throw duplicate(request.code());
        }
        Tenant tenant = new Tenant(
                request.code().value(),
                request.nameTh(),
                request.nameEn(),
                request.type(),
                request.province(),
                request.district(),
                request.dlaCode(),
                request.website(),
                placementDatabase,
                request.code().schemaName());
        try {
            tenants.saveAndFlush(tenant);
        } catch (DataIntegrityViolationException e) {
            // only a unique violation means "exists"; anything else is not the caller's duplicate
            if (UniqueViolation.of(e)) {
                throw duplicate(request.code());
            }
            throw e;
        }
        TenantView view = TenantView.of(tenant);
        audit.record(caller.username(), "tenant.create", target(tenant), null, view);
        return view;
    }

    @Transactional
    TenantView markActive(String actor, TenantCode code, String schema) {
        Tenant tenant = load(code);
        if (tenant.getStatus() != TenantStatus.PROVISIONING && tenant.getStatus() != TenantStatus.FAILED) {
            return TenantView.of(tenant);
        }
        TenantView before = TenantView.of(tenant);
        tenant.placeIn(schema);
        tenant.changeStatus(TenantStatus.ACTIVE, null);
        tenants.flush();
        events.publish(tenant, TenantEvent.Kind.ONBOARDED);
        TenantView after = TenantView.of(tenant);
        audit.record(actor, "tenant.onboard", target(tenant), before, after);
        publisher.publishEvent(new TenantActivated(tenant.getCode(), tenant.getProvince()));
        return after;
    }

    @Transactional
    TenantView markFailed(String actor, TenantCode code, String reason) {
        Tenant tenant = load(code);
        if (tenant.getStatus() != TenantStatus.PROVISIONING && tenant.getStatus() != TenantStatus.FAILED) {
            return TenantView.of(tenant);
        }
        TenantView before = TenantView.of(tenant);
        tenant.changeStatus(TenantStatus.FAILED, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        tenants.flush();
        events.publish(tenant, TenantEvent.Kind.FAILED);
        TenantView after = TenantView.of(tenant);
        audit.record(actor, "tenant.provision-failed", target(tenant), before, after);
        return after;
    }

    @Transactional
    TenantView transition(Caller caller, TenantCode code, Transition transition) {
        Tenant tenant = load(code);
        if (tenant.getStatus() == transition.target) {
            return TenantView.of(tenant);
        }
        if (!transition.from.contains(tenant.getStatus())) {
            throw new ApiProblem(
                            HttpStatus.CONFLICT,
                            "invalid-transition",
                            "Invalid lifecycle transition",
                            "หน่วยงาน " + code + " อยู่ในสถานะ " + tenant.getStatus() + " จึง "
                                    + transition.name().toLowerCase() + " ไม่ได้")
                    .withProperty("tenantStatus", tenant.getStatus().name());
        }
        TenantView before = TenantView.of(tenant);
        tenant.changeStatus(transition.target, tenant.getFailureReason());
        tenants.flush();
        events.publish(tenant, transition.kind);
        TenantView after = TenantView.of(tenant);
        audit.record(caller.username(), "tenant." + transition.name().toLowerCase(), target(tenant), before, after);
        return after;
    }

    @Transactional(readOnly = true)
    TenantView find(Caller caller, TenantCode code) {
        Tenant tenant = load(code);
        if (!caller.has(Role.SERVICE)) {
            TenantAccess.Decision decision =
                    TenantAccess.decide(caller, code, tenant.getProvince(), TenantAccess.Intent.READ);
            if (decision instanceof TenantAccess.Decision.Refused(String reason)) {
                throw TenantRefusal.ACCESS_REFUSED.problem(code, reason);
            }
        }
        return TenantView.of(tenant).visibleTo(caller);
    }

    /** What a registry search narrows to; null or blank parts do not narrow. */
    record Filter(String q, String province, TenantType type, TenantStatus status) {
        static final Filter NONE = new Filter(null, null, null, null);
    }

    /** The tenants this caller may see: all, one province's, or its own. */
    @Transactional(readOnly = true)
    Page<TenantView> list(Caller caller, Pageable pageable) {
        return list(caller, Filter.NONE, pageable);
    }

    /** The tenants this caller may see, narrowed by name or code, province, type and status. */
    @Transactional(readOnly = true)
    Page<TenantView> list(Caller caller, Filter filter, Pageable pageable) {
        Specification<Tenant> scope;
        if (caller.has(Role.NATIONAL_ADMIN) || caller.has(Role.SERVICE)) {
            scope = Specification.unrestricted();
        } else if (caller.has(Role.PROVINCIAL_OFFICER) && caller.province().isPresent()) {
            String province = caller.province().get();
            scope = (root, query, cb) -> cb.equal(root.get("province"), province);
        } else if ((caller.has(Role.MUNICIPAL_ADMIN) || caller.has(Role.MUNICIPAL_OFFICER))
                && caller.tenant().isPresent()) {
            String code = caller.tenant().get().value();
            scope = (root, query, cb) -> cb.equal(root.get("code"), code);
        } else {
            throw ApiProblem.forbidden("บัญชีนี้ไม่มีสิทธิ์ดูทะเบียนหน่วยงาน");
        }
        return tenants.findAll(scope.and(narrowing(filter)), pageable)
                .map(t -> TenantView.of(t).visibleTo(caller));
    }

    private static Specification<Tenant> narrowing(Filter filter) {
        Specification<Tenant> spec = Specification.unrestricted();
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%"
                    + filter.q()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("code")), like, '\\'),
                    cb.like(cb.lower(root.get("nameTh")), like, '\\'),
                    cb.like(cb.lower(root.get("nameEn")), like, '\\')));
        }
        if (filter.province() != null && !filter.province().isBlank()) {
            String province = filter.province().strip();
            spec = spec.and((root, query, cb) -> cb.equal(root.get("province"), province));
        }
        if (filter.type() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), filter.type()));
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        return spec;
    }

    /** Re-announces every tenant's current state (kind UPDATED) so the Redis registry hash is complete again. */
    @Transactional
    int republishAll() {
        List<Tenant> all = tenants.findAll();
        all.forEach(t -> events.publish(t, TenantEvent.Kind.UPDATED));
        return all.size();
    }

    @Transactional(readOnly = true)
    TenantView view(TenantCode code) {
        return TenantView.of(load(code));
    }

    private Tenant load(TenantCode code) {
        return tenants.findByCode(code.value()).orElseThrow(() -> TenantRefusal.UNKNOWN_TENANT.problem(code));
    }

    private static String target(Tenant tenant) {
        return "tenant:" + tenant.getCode();
    }

    private static ApiProblem duplicate(TenantCode code) {
        return new ApiProblem(
                HttpStatus.CONFLICT, "duplicate-tenant", "Tenant exists", "มีหน่วยงานรหัส " + code + " อยู่แล้ว");
    }
}
