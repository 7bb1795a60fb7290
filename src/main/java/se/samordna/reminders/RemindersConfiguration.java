package se.samordna.reminders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily run, on unless {@code samordna.reminders.enabled=false} (the tests switch it off and call it themselves). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "samordna.reminders.enabled", havingValue = "true", matchIfMissing = true)
class RemindersConfiguration {
}
