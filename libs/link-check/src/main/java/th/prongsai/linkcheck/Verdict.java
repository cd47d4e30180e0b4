package th.prongsai.linkcheck;

/** How a check ended. Only {@link #LIVE} means the page or document could be opened. */
public enum Verdict {
    /** The final answer was 2xx. */
    LIVE("เปิดได้"),
    /** The server answered, but with an error (4xx, 5xx) or a redirect without a target. */
    HTTP_ERROR("เว็บไซต์ตอบว่าเปิดหน้านี้ไม่ได้"),
    /** Not an http or https address (ftp:, file:, javascript:, mailto:, …). */
    NOT_HTTP("ไม่ใช่ที่อยู่เว็บ (ต้องขึ้นต้นด้วย http:// หรือ https://)"),
    /** Not a URL at all, or one without a host. */
    MALFORMED("รูปแบบที่อยู่เว็บไม่ถูกต้อง"),
    /** An internal, loopback, link-local or metadata address, or a URL with a user name in it: never opened. */
    UNSAFE_ADDRESS("ที่อยู่นี้ชี้ไปยังเครือข่ายภายในหรือมีรูปแบบที่ไม่ปลอดภัย ระบบจึงไม่เปิด"),
    /** The host name does not exist in DNS. */
    UNKNOWN_HOST("ไม่พบชื่อเว็บไซต์นี้ (ชื่อโดเมนไม่มีอยู่หรือพิมพ์ผิด)"),
    /** More redirects than allowed, a loop included. */
    TOO_MANY_REDIRECTS("ถูกส่งต่อไปหน้าอื่นหลายทอดเกินไป (อาจวนซ้ำไม่รู้จบ)"),
    /** No connection or no answer in time. */
    TIMEOUT("เว็บไซต์ตอบช้าเกินเวลาที่กำหนด"),
    /** The connection failed: refused, reset, or a TLS certificate a browser would refuse too. */
    UNREACHABLE("เชื่อมต่อเว็บไซต์ไม่ได้ (เซิร์ฟเวอร์ไม่ตอบหรือใบรับรองความปลอดภัยไม่ถูกต้อง)");

    private final String th;

    Verdict(String th) {
        this.th = th;
    }

    /** A short Thai explanation for an officer; the caller adds the HTTP status when there is one. */
    public String th() {
        return th;
    }
}
