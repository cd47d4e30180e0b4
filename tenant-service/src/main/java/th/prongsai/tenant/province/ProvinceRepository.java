package th.prongsai.tenant.province;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProvinceRepository extends JpaRepository<Province, String> {

    Optional<Province> findBySlug(String slug);
}
