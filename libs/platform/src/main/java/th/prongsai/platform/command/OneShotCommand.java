package th.prongsai.platform.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A job a service runs once instead of serving: {@code java -jar service.jar --<flag>} does the work, then the
 * process exits, 0 when {@link #execute} reports success and 1 otherwise (or when it throws). Without the flag the
 * service starts as usual and the command does nothing.
 */
public abstract class OneShotCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OneShotCommand.class);

    private final String flag;
    private final ConfigurableApplicationContext context;

    protected OneShotCommand(String flag, ConfigurableApplicationContext context) {
        this.flag = flag;
        this.context = context;
    }

    /** Does the work; {@code true} when all of it succeeded. */
    protected abstract boolean execute(ApplicationArguments args) throws Exception;

    @Override
    public final void run(ApplicationArguments args) {
        if (!args.containsOption(flag)) {
            return;
        }
        int status;
        try {
            status = execute(args) ? 0 : 1;
        } catch (Exception e) {
            log.error("--{} failed", flag, e);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
