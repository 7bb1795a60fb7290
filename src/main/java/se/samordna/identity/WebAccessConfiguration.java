package se.samordna.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebAccessConfiguration implements WebMvcConfigurer {

    private final TenantGuard tenantGuard;
    private final PasswordChangeGuard passwordChangeGuard;
    private final LanguageMemory languageMemory;

    WebAccessConfiguration(TenantGuard tenantGuard, PasswordChangeGuard passwordChangeGuard, LanguageMemory languageMemory) {
        this.tenantGuard = tenantGuard;
        this.passwordChangeGuard = passwordChangeGuard;
        this.languageMemory = languageMemory;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(passwordChangeGuard);
        registry.addInterceptor(tenantGuard);
        registry.addInterceptor(languageMemory);
    }
}
