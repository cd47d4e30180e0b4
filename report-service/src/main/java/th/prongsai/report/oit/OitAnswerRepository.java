package th.prongsai.report.oit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OitAnswerRepository extends JpaRepository<OitAnswer, Long> {

    List<OitAnswer> findByFiscalYear(int fiscalYear);

    Optional<OitAnswer> findByFiscalYearAndItemCode(int fiscalYear, String itemCode);
}
