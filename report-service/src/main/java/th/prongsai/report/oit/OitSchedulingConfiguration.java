package th.prongsai.report.oit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's scheduler runs only when the OIT check schedule is on, so the tests start none. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ita.report.oit.schedule.enabled", havingValue = "true", matchIfMissing = true)
class OitSchedulingConfiguration {}
