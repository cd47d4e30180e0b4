package th.prongsai.tenant.user;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Page<UserAccount> findByTenant(String tenant, Pageable pageable);

    /** National admins and provincial officers: the accounts of no municipality. */
    Page<UserAccount> findByTenantIsNull(Pageable pageable);
}
