package dev.encke.spring;

import dev.encke.Encke;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Encke in a Spring Boot servlet application: the servlet host registered in Boot's container
 * (Tomcat by default) under {@code /encke/*} of the context, configured from {@link
 * EnckeProperties} and every {@link EnckeCustomizer}, and an {@link Encke} bean for the
 * application's beans to push with; closed when the context closes. With Spring Security, the
 * request's principal is the session's user, and Spring's CSRF protection leaves {@code
 * /encke/**} to Encke's own: every Encke request carries Encke's token bound to its signed cookie,
 * and its origin is checked.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(EnckeProperties.class)
public class EnckeAutoConfiguration {

  /** The path pattern of Encke's endpoints below the context, for security rules. */
  public static final String ENDPOINTS = "/encke/**";

  @Bean
  @ConditionalOnMissingBean
  EnckeServletInitializer enckeServletInitializer(EnckeProperties properties,
      ObjectProvider<EnckeCustomizer> customizers) {
    return new EnckeServletInitializer(properties, customizers.orderedStream().toList());
  }

  @Bean
  @ConditionalOnMissingBean
  Encke encke(EnckeServletInitializer initializer) {
    return initializer.encke();
  }

  /** With Spring Security: Encke's endpoints are protected by Encke's token, not Spring's. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HttpSecurity.class)
  static class SecurityConfiguration {

    @Bean
    Customizer<HttpSecurity> enckeCsrfExemption() {
      return http -> http.csrf(csrf -> csrf.ignoringRequestMatchers(ENDPOINTS));
    }
  }
}
