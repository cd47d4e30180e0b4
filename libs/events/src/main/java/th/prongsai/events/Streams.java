package th.prongsai.events;

/** Redis Stream keys shared by producers and consumers. */
public final class Streams {

    /**
     * Tenant lifecycle events. Each stream entry has two fields: {@code type} (the event's simple
     * class name, {@code TenantEvent}) and {@code payload} (the event as JSON).
     */
    public static final String TENANTS = "ita:events:tenants";

    /**
     * Redis hash holding the latest {@link TenantEvent} JSON of every tenant (field = tenant code),
     * written together with each stream entry: the snapshot a new consumer loads before tailing
     * {@link #TENANTS}.
     */
    public static final String TENANT_REGISTRY = "ita:tenants";

    /**
     * A tenant's ITA results and measures, from report-service: {@link ScoresChanged} and {@link MeasuresChanged}
     * entries (field {@code type} = the record's simple name), read by analytics-service.
     */
    public static final String SCORES = "ita:events:scores";

    /**
     * A tenant's OIT readiness per fiscal year, from report-service: {@link OitReadinessChanged} entries, read by
     * analytics-service. A stream of its own, so each consumer group member reads only the events it applies.
     */
    public static final String OIT = "ita:events:oit";

    /** An ITA framework a national admin added or replaced (payload: libs/ita-framework JSON). */
    public static final String FRAMEWORKS = "ita:events:frameworks";

    /** Redis hash of every framework published through {@link #FRAMEWORKS} (field = fiscal year). */
    public static final String FRAMEWORK_REGISTRY = "ita:frameworks";

    /** Entry field names. */
    public static final String FIELD_TYPE = "type";

    public static final String FIELD_PAYLOAD = "payload";

    private Streams() {}
}
