package th.prongsai.analytics.facts;

/**
 * A local administrative organisation (อปท.) as it stood in one fiscal year.
 *
 * @param code       the DLA 7-digit code (national import, synthetic) or the tenant code (tenant scores)
 * @param nameTh     its Thai name
 * @param laoType    its {@link LaoType} name in that year (LAOs are upgraded, so the type belongs to a year)
 * @param province   the 2-digit province code
 * @param tenantCode the Prongsai tenant code when it is a tenant, else {@code null}
 */
public record Agency(String code, String nameTh, String laoType, String province, String tenantCode) {}
