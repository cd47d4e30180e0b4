package th.prongsai.report.measure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByFiscalYearOrderByNumberAsc(int fiscalYear, Limit limit);

    Optional<Measure> findByIdAndFiscalYear(long id, int fiscalYear);

    boolean existsByFiscalYearAndNumber(int fiscalYear, int number);

    boolean existsByFiscalYearAndNumberAndIdNot(int fiscalYear, int number, long id);
}
