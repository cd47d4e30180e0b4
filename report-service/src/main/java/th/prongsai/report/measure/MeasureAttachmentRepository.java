package th.prongsai.report.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import th.prongsai.report.measure.AttachmentService.AttachmentView;

interface MeasureAttachmentRepository extends JpaRepository<MeasureAttachment, Long> {

    /** What lists show, without the bytes. */
    @Query("""
            select new th.prongsai.report.measure.AttachmentService$AttachmentView(
                a.id, a.measureId, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.createdAt)
            from MeasureAttachment a where a.measureId in :measureIds order by a.id""")
    List<AttachmentView> describe(Collection<Long> measureIds);

    Optional<MeasureAttachment> findByIdAndMeasureId(long id, long measureId);

    long countByMeasureId(long measureId);
}
