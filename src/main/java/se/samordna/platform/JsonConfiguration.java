package se.samordna.platform;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samordna.shared.Decimals;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** Every decimal number in a JSON request passes the same bounds as a typed one, before any arithmetic. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule boundedNumbers() {
        return new SimpleModule("samordna-bounded-numbers").addDeserializer(BigDecimal.class, new BoundedDecimal());
    }

    static final class BoundedDecimal extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            try {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    return Decimals.parse(parser.getString());
                }
                if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT || parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    return Decimals.bounded(parser.getDecimalValue());
                }
            } catch (Decimals.BadNumber e) {
                return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, 0, e.getMessage());
            }
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
    }
}
