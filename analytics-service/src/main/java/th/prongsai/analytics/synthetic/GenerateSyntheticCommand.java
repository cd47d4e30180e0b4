package th.prongsai.analytics.synthetic;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import th.prongsai.platform.command.OneShotCommand;

/**
 * {@code java -jar analytics-service.jar --generate-synthetic [--seed=42]}: replaces the synthetic dataset, then
 * exits (0 on success, 1 on failure). Without the flag it does nothing.
 */
@Component
class GenerateSyntheticCommand extends OneShotCommand {

    static final String FLAG = "generate-synthetic";
    private static final Logger log = LoggerFactory.getLogger(GenerateSyntheticCommand.class);

    private final SyntheticNationalDataset generator;

    GenerateSyntheticCommand(SyntheticNationalDataset generator, ConfigurableApplicationContext context) {
        super(FLAG, context);
        this.generator = generator;
    }

    @Override
    protected boolean execute(ApplicationArguments args) {
        List<String> seed = args.getOptionValues("seed");
        SyntheticResult result =
                generator.generate(seed == null || seed.isEmpty() ? 42 : Long.parseLong(seed.getFirst()));
        log.info(
                "{}: {} agencies, {} facts, national means {}",
                SyntheticNationalDataset.LABEL,
                result.agencies(),
                result.facts(),
                result.nationalMeans());
        return true;
    }
}
