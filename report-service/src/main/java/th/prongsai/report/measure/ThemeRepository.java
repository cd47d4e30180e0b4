package th.prongsai.report.measure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByFiscalYearOrderByNumberAsc(int fiscalYear);

    @Query("select distinct t.fiscalYear from Theme t")
    List<Integer> fiscalYears();

    Optional<Theme> findByIdAndFiscalYear(long id, int fiscalYear);

    boolean existsByFiscalYearAndNumberAndIdNot(int fiscalYear, int number, long id);
}
