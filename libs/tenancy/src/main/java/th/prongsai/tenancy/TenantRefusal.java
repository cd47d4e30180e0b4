package th.prongsai.tenancy;

import org.springframework.http.HttpStatus;
import th.prongsai.platform.web.ApiProblem;

/**
 * Every way a tenant request is refused, worded once: the gateway refuses first, a service's tenant guard repeats
 * the checks, and a caller reads the same problem ({@code type} slug, English title, Thai detail) from either.
 * A detail names the tenant with {@code %s}; {@link #ACCESS_REFUSED} adds the reason from {@link TenantAccess}.
 */
public enum TenantRefusal {
    INVALID_TENANT_CODE(
            HttpStatus.BAD_REQUEST,
            "invalid-tenant-code",
            "Invalid tenant code",
            "รหัสหน่วยงานไม่ถูกต้อง: ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือ - ยาว 2-40 ตัวอักษร"),
    /** Also an archived tenant: it is no longer served, and its existence is nobody's business. */
    UNKNOWN_TENANT(HttpStatus.NOT_FOUND, "unknown-tenant", "Unknown tenant", "ไม่พบหน่วยงาน %s"),
    TENANT_SUSPENDED(HttpStatus.FORBIDDEN, "tenant-suspended", "Tenant suspended", "หน่วยงาน %s ถูกระงับการใช้งาน"),
    /** A service knows the tenant but its data is not ready (provisioning, a failed upgrade). */
    TENANT_UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "tenant-unavailable",
            "Tenant unavailable",
            "ข้อมูลของหน่วยงาน %s ยังไม่พร้อมใช้งาน"),
    /** The gateway cannot reach its tenant registry, so it cannot tell whether the tenant may be served. */
    REGISTRY_UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "tenant-registry-unavailable",
            "Tenant registry unavailable",
            "ระบบไม่สามารถตรวจสอบหน่วยงานได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง"),
    /** No token, or one that does not verify. */
    NO_VALID_TOKEN(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "ต้องเข้าสู่ระบบด้วยโทเค็นที่ถูกต้อง"),
    /** The caller's token does not allow this on this tenant (another tenant, another province, read only). */
    ACCESS_REFUSED(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "ไม่มีสิทธิ์ดำเนินการกับหน่วยงาน %s (%s)"),
    /** A service was called directly, without the gateway's proof for this tenant and token. */
    NOT_THROUGH_THE_GATEWAY(
            HttpStatus.FORBIDDEN,
            "not-through-the-gateway",
            "Not through the gateway",
            "คำขอสำหรับหน่วยงาน %s ต้องส่งผ่านเกตเวย์ของระบบ");

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final String detail;

    TenantRefusal(HttpStatus status, String slug, String title, String detail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
    }

    public HttpStatus status() {
        return status;
    }

    /** The last part of the problem's {@code type}, after {@code https://prongsai.th/problems/}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The Thai detail, with the tenant code (and for {@link #ACCESS_REFUSED} the reason) filled in. */
    public String detail(Object... values) {
        return detail.formatted(values);
    }

    /** The refusal as a problem a controller throws (a service answering about a tenant outside the guard). */
    public ApiProblem problem(Object... values) {
        return new ApiProblem(status, slug, title, detail(values));
    }
}
