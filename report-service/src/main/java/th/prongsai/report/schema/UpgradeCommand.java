package th.prongsai.report.schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar report-service.jar --upgrade-tenant-schemas}: upgrades every tenant schema, then exits
 * (status 0 when all are current, 1 when some failed). Without the flag it does nothing.
 */
@Component
class UpgradeCommand implements ApplicationRunner {

    static final String FLAG = "upgrade-tenant-schemas";
    private static final Logger log = LoggerFactory.getLogger(UpgradeCommand.class);

    private final SchemaUpgrader upgrader;
    private final ConfigurableApplicationContext context;

    UpgradeCommand(SchemaUpgrader upgrader, ConfigurableApplicationContext context) {
        this.upgrader = upgrader;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(FLAG)) {
            return;
        }
        SchemaUpgrader.UpgradeReport report = upgrader.upgradeAll();
        report.failed().forEach(f -> log.error("Schema of {} not upgraded: {}", f.code(), f.error()));
        int status = report.failed().isEmpty() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
