package se.samordna.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebAccessConfiguration implements WebMvcConfigurer {

    private final TenantGuard tenantGuard;

    WebAccessConfiguration(TenantGuard tenantGuard) {
        this.tenantGuard = tenantGuard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(tenantGuard);
    }
}
