package th.prongsai.report.audit;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByIdLessThanOrderByIdDesc(long before, Limit limit);

    List<AuditEntry> findByEntityAndEntityIdAndIdLessThanOrderByIdDesc(
            String entity, long entityId, long before, Limit limit);
}
