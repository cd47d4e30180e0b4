package th.prongsai.tenant.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start-up, re-announces every tenant through the outbox so the Redis registry hash is complete again even
 * if Redis lost its data; consumers rebuild their caches from it. Goes through the outbox, so it also works
 * when Redis is down at start-up.
 */
@Component
class RegistrySnapshot implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistrySnapshot.class);

    private final TenantRegistry registry;

    RegistrySnapshot(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        int count = registry.republishAll();
        log.info("Re-announced {} tenants to the registry snapshot", count);
    }
}
