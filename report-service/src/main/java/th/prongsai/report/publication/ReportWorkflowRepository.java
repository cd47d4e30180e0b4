package th.prongsai.report.publication;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportWorkflowRepository extends JpaRepository<ReportWorkflow, Long> {

    Optional<ReportWorkflow> findByFiscalYear(int fiscalYear);
}
