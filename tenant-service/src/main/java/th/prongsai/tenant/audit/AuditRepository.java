package th.prongsai.tenant.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {}
