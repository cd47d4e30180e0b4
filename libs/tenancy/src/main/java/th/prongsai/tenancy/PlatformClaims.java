package th.prongsai.tenancy;

import th.prongsai.platform.security.PlatformTokens;

/** Names shared by the token issuer (tenant-service), the gateway and the downstream services. */
public final class PlatformClaims {

    /** JWT claim: list of {@link Role} names. */
    public static final String ROLES = "roles";
    /** JWT claim: the tenant code of a municipal user. */
    public static final String TENANT = "tenant";
    /** JWT claim: the 2-digit province code of a provincial officer. */
    public static final String PROVINCE = "province";

    /** A municipal user's place in the report's approval chain: OFFICER, HEAD_OF_OFFICE, CLERK, MAYOR. */
    public static final String POSITION = "position";
    /** Issuer of every platform token. */
    public static final String ISSUER = PlatformTokens.ISSUER;

    /** Header the gateway sets to the resolved tenant after removing any value the client sent. */
    public static final String TENANT_HEADER = "X-Tenant-Id";

    /**
     * Header the gateway sets to the address of the person behind a request: the connection's peer, or, when the peer
     * is the web on loopback, the address the web names. A client's own value is replaced. (Spring Cloud Gateway keeps
     * only trusted proxies in {@code X-Forwarded-For}, so it cannot carry this.)
     */
    public static final String CLIENT_HEADER = "X-Prongsai-Client";

    private PlatformClaims() {}
}
