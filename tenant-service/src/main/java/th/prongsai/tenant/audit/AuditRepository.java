package th.prongsai.tenant.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findByTarget(String target, Pageable pageable);
}
