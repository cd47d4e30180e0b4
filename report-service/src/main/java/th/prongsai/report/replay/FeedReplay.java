package th.prongsai.report.replay;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import th.prongsai.report.measure.MeasureService;
import th.prongsai.report.schema.TenantSchemaRecord;
import th.prongsai.report.schema.TenantSchemas;
import th.prongsai.report.scores.ScoreService;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.TenantContext;

/**
 * Backfill for analytics: every ready tenant's score sheets and measure coverage published again through the
 * outbox, tenant by tenant. Consumers are idempotent, so a replay never changes a correct read model;
 * it repairs one that lost data or starts a new one.
 */
@Service
class FeedReplay {

    /** What a replay published. */
    record Replayed(int tenants, int scoreSheets, int measureYears, List<String> failed) {}

    private final TenantSchemas schemas;
    private final ScoreService scores;
    private final MeasureService measures;

    FeedReplay(TenantSchemas schemas, ScoreService scores, MeasureService measures) {
        this.schemas = schemas;
        this.scores = scores;
        this.measures = measures;
    }

    Replayed replayAll() {
        int tenants = 0;
        int sheets = 0;
        int years = 0;
        List<String> failed = new ArrayList<>();
        for (TenantSchemaRecord schema : schemas.all()) {
            if (!TenantSchemaRecord.READY.equals(schema.status())) {
                continue;
            }
            try {
                int[] counts = TenantContext.call(TenantCode.of(schema.code()), () ->
                        new int[] {scores.republish(), measures.republishCoverage()});
                sheets += counts[0];
                years += counts[1];
                tenants++;
            } catch (Exception e) {
                failed.add(schema.code() + ": " + e.getMessage());
            }
        }
        return new Replayed(tenants, sheets, years, failed);
    }
}
