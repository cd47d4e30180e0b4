package th.prongsai.tenancy.hibernate;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param schemaPerTenant  turns schema-per-tenant Hibernate multitenancy on
 * @param neutralSchema    the service's own schema: every pooled connection is put back here after tenant work
 */
@ConfigurationProperties("ita.tenancy")
public record TenantSchemaProperties(boolean schemaPerTenant, String neutralSchema) {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    public TenantSchemaProperties {
        neutralSchema = neutralSchema == null || neutralSchema.isBlank() ? "public" : neutralSchema;
        if (!PLAIN_IDENTIFIER.matcher(neutralSchema).matches() || neutralSchema.startsWith("t_")) {
            throw new IllegalArgumentException("ita.tenancy.neutral-schema must be a plain lower-case identifier "
                    + "outside the tenant prefix t_ (given '" + neutralSchema + "')");
        }
    }
}
