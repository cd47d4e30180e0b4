package th.prongsai.report.oit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import th.prongsai.report.publication.ReportPublished;

/**
 * Publishing the measure report fills the OIT items it answers (o42, o43 in 2564 and 2566). A plain listener, so it
 * runs in the publishing transaction: the version and the filled items commit together or not at all.
 */
@Component
class ReportPublishedListener {

    private final OitChecklist checklist;

    ReportPublishedListener(OitChecklist checklist) {
        this.checklist = checklist;
    }

    @EventListener
    void on(ReportPublished published) {
        checklist.fillFromReport(published.fiscalYear(), published.version(), published.publicPath());
    }
}
