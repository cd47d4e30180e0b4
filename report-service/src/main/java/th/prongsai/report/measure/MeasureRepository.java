package th.prongsai.report.measure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByFiscalYearOrderByNumberAsc(int fiscalYear, Limit limit);

    List<Measure> findByFiscalYearOrderByNumberAsc(int fiscalYear);

    Optional<Measure> findByIdAndFiscalYear(long id, int fiscalYear);

    boolean existsByFiscalYearAndNumberAndIdNot(int fiscalYear, int number, long id);

    boolean existsByThemeId(long themeId);

    @Query("select coalesce(max(m.number), 0) from Measure m where m.fiscalYear = :fiscalYear")
    int maxNumber(int fiscalYear);

    boolean existsByFiscalYear(int fiscalYear);

    /** Rows of fiscal year, status and how many measures. */
    @Query("select m.fiscalYear, m.status, count(m) from Measure m group by m.fiscalYear, m.status")
    List<Object[]> countsByYearAndStatus();

    @Query("select distinct m.fiscalYear from Measure m order by m.fiscalYear")
    List<Integer> fiscalYears();

    /** Each measure's number with the indicator codes it aims at. */
    @Query("select m.number, m.indicatorCodes from Measure m where m.fiscalYear = :fiscalYear order by m.number")
    List<Object[]> indicatorCodesByNumber(int fiscalYear);
}
