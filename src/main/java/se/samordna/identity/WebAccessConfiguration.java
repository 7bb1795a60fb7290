package se.samordna.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebAccessConfiguration implements WebMvcConfigurer {

    private final TenantGuard tenantGuard;
    private final PasswordChangeGuard passwordChangeGuard;

    WebAccessConfiguration(TenantGuard tenantGuard, PasswordChangeGuard passwordChangeGuard) {
        this.tenantGuard = tenantGuard;
        this.passwordChangeGuard = passwordChangeGuard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(passwordChangeGuard);
        registry.addInterceptor(tenantGuard);
    }
}
