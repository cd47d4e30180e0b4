package th.prongsai.report.scores;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByFiscalYear(int fiscalYear);

    @Query("select s.fiscalYear from ScoreSheet s")
    List<Integer> fiscalYears();
}
