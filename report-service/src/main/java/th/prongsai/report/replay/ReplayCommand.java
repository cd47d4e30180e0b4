package th.prongsai.report.replay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import th.prongsai.events.outbox.OutboxRelay;
import th.prongsai.platform.command.OneShotCommand;

/**
 * {@code java -jar report-service.jar --replay-analytics}: publishes every tenant's scores and measure coverage
 * again, waits until the outbox relay has delivered them, then exits. Without the flag it does nothing.
 */
@Component
class ReplayCommand extends OneShotCommand {

    static final String FLAG = "replay-analytics";
    private static final Logger log = LoggerFactory.getLogger(ReplayCommand.class);

    private final FeedReplay replay;
    private final ConfigurableApplicationContext context;

    ReplayCommand(FeedReplay replay, ConfigurableApplicationContext context) {
        super(FLAG, context);
        this.replay = replay;
        this.context = context;
    }

    @Override
    protected boolean execute(ApplicationArguments args) throws InterruptedException {
        FeedReplay.Replayed replayed = replay.replayAll();
        log.info(
                "Replayed {} tenants: {} score sheets, {} measure years; failed {}",
                replayed.tenants(),
                replayed.scoreSheets(),
                replayed.measureYears(),
                replayed.failed());
        context.getBean(OutboxRelay.class).drain();
        return replayed.failed().isEmpty();
    }
}
