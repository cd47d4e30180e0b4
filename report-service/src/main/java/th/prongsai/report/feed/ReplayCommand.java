package th.prongsai.report.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import th.prongsai.events.outbox.OutboxRelay;

/**
 * {@code java -jar report-service.jar --replay-analytics}: publishes every tenant's scores and measure coverage
 * again, waits until the outbox relay has delivered them, then exits. Without the flag it does nothing.
 */
@Component
class ReplayCommand implements ApplicationRunner {

    static final String FLAG = "replay-analytics";
    private static final Logger log = LoggerFactory.getLogger(ReplayCommand.class);

    private final FeedReplay replay;
    private final ConfigurableApplicationContext context;

    ReplayCommand(FeedReplay replay, ConfigurableApplicationContext context) {
        this.replay = replay;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!args.containsOption(FLAG)) {
            return;
        }
        FeedReplay.Replayed replayed = replay.replayAll();
        log.info("Replayed {} tenants: {} score sheets, {} measure years; failed {}", replayed.tenants(),
                replayed.scoreSheets(), replayed.measureYears(), replayed.failed());
        context.getBean(OutboxRelay.class).drain();
        int status = replayed.failed().isEmpty() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
