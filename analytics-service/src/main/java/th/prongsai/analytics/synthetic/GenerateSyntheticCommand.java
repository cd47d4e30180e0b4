package th.prongsai.analytics.synthetic;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar analytics-service.jar --generate-synthetic [--seed=42]}: replaces the synthetic dataset, then
 * exits (0 on success, 1 on failure). Without the flag it does nothing.
 */
@Component
class GenerateSyntheticCommand implements ApplicationRunner {

    static final String FLAG = "generate-synthetic";
    private static final Logger log = LoggerFactory.getLogger(GenerateSyntheticCommand.class);

    private final SyntheticNationalDataset generator;
    private final ConfigurableApplicationContext context;

    GenerateSyntheticCommand(SyntheticNationalDataset generator, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(FLAG)) {
            return;
        }
        int status;
        try {
            List<String> seed = args.getOptionValues("seed");
            SyntheticResult result = generator.generate(seed == null || seed.isEmpty() ? 42 : Long.parseLong(seed.getFirst()));
            log.info("{}: {} agencies, {} facts, national means {}", SyntheticNationalDataset.LABEL,
                    result.agencies(), result.facts(), result.nationalMeans());
            status = 0;
        } catch (RuntimeException e) {
            log.error("Synthetic dataset not generated", e);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
