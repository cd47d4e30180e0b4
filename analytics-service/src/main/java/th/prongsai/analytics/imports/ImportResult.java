package th.prongsai.analytics.imports;

/** What an import did: rows read, facts inserted, facts changed, facts already identical (left untouched). */
record ImportResult(int rows, int inserted, int updated, int unchanged) {}
