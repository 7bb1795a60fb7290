package se.samordna.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;

/**
 * Thymeleaf keeps the attribute names it has met behind one fair read-write lock, and writes a name the first time a
 * page uses it. Under load on a new server every such first write queued all two hundred request threads behind it
 * in turn: on the national working day's first minute the budget page waited up to a minute (thread dumps: 197 threads
 * parked in {@code AttributeDefinitions.forHTMLName}). The names our templates use, and the names their {@code th:*}
 * attributes write, are known before the first request, so they are registered once at start, before the server
 * takes a request.
 */
@Component
class TemplateAttributeWarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TemplateAttributeWarmUp.class);

    /** An attribute in a tag: its name, just before {@code =}, after white space. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=");
    /** The names inside {@code th:attr="name=…,name=…"}. */
    private static final Pattern ATTR_VALUE = Pattern.compile("th:attr\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ATTR_NAME = Pattern.compile("(?:^|,)\\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=");

    private final ITemplateEngine engine;

    TemplateAttributeWarmUp(ITemplateEngine engine) {
        this.engine = engine;
    }

    /** Once every bean is made, before the web server takes its first request. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!(engine instanceof TemplateEngine templates)) {
            return;
        }
        try {
            Set<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
                try (InputStream in = resource.getInputStream()) {
                    names.addAll(names(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            var definitions = templates.getConfiguration().getAttributeDefinitions();
            names.forEach(definitions::forHTMLName);
            log.debug("Registered {} attribute names of the templates", names.size());
        } catch (IOException | RuntimeException e) {
            log.warn("The templates' attribute names were not registered at start; the first pages may wait: {}", e.getMessage());
        }
    }

    /** Every attribute name a template holds, and every name its {@code th:} attributes write. */
    static Set<String> names(String template) {
        Set<String> names = new TreeSet<>();
        Matcher attribute = ATTRIBUTE.matcher(template);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
            names.add(name);
            if (name.startsWith("th:") && name.length() > 3) {
                names.add(name.substring(3));
            }
        }
        Matcher attr = ATTR_VALUE.matcher(template);
        while (attr.find()) {
            Matcher inner = ATTR_NAME.matcher(attr.group(1));
            while (inner.find()) {
                names.add(inner.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
