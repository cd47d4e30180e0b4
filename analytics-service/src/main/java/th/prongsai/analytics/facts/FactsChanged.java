package th.prongsai.analytics.facts;

/** Published (Spring ApplicationEventPublisher) after facts of a dataset changed, after commit; caches listen. */
public record FactsChanged(Dataset dataset) {}
