package th.prongsai.analytics.facts;

/** Where a fact came from: a tenant's own scores, the national results import, or the synthetic generator. */
public enum Source {
    TENANT,
    NATIONAL,
    SYNTHETIC
}
