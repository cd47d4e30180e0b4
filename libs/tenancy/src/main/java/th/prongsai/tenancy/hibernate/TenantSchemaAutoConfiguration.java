package th.prongsai.tenancy.hibernate;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/** Hibernate schema-per-tenant wiring (enabled by services that hold tenant data). */
@AutoConfiguration
public class TenantSchemaAutoConfiguration {
}
