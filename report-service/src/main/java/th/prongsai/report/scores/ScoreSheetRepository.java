package th.prongsai.report.scores;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByFiscalYear(int fiscalYear);
}
