package th.prongsai.report.schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import th.prongsai.platform.command.OneShotCommand;

/**
 * {@code java -jar report-service.jar --upgrade-tenant-schemas}: upgrades every tenant schema, then exits
 * (status 0 when all are current, 1 when some failed). Without the flag it does nothing.
 */
@Component
class UpgradeCommand extends OneShotCommand {

    static final String FLAG = "upgrade-tenant-schemas";
    private static final Logger log = LoggerFactory.getLogger(UpgradeCommand.class);

    private final SchemaUpgrader upgrader;

    UpgradeCommand(SchemaUpgrader upgrader, ConfigurableApplicationContext context) {
        super(FLAG, context);
        this.upgrader = upgrader;
    }

    @Override
    protected boolean execute(ApplicationArguments args) {
        SchemaUpgrader.UpgradeReport report = upgrader.upgradeAll();
        report.failed().forEach(f -> log.error("Schema of {} not upgraded: {}", f.code(), f.error()));
        return report.failed().isEmpty();
    }
}
