package th.prongsai.tenant.tenant;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TenantRepository extends JpaRepository<Tenant, Long>, JpaSpecificationExecutor<Tenant> {

    Optional<Tenant> findByCode(String code);

    boolean existsByCode(String code);

    Page<Tenant> findByProvince(String province, Pageable pageable);

    Page<Tenant> findByCode(String code, Pageable pageable);
}
