package dev.encke.spring.host;

import dev.encke.Encke;
import dev.encke.testing.UserHostContract;
import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The host contract on Spring Boot: Encke added by the starter to a Spring MVC application with
 * Spring Security under {@code /app} on Boot's Tomcat, its users Spring Security's principals.
 */
class SpringBootHostBrowserTest extends UserHostContract {

  /** Starts the test application with the starter on a free loopback port under {@code /app}. */
  static ConfigurableApplicationContext startApplication() {
    return new SpringApplicationBuilder(HostApplication.class).properties(
        "server.port=0", "server.address=127.0.0.1", "server.servlet.context-path=/app",
        "spring.web.resources.static-locations=classpath:/" + PAGES + "/",
        "encke.heartbeat=5s").run();
  }

  static int port(ConfigurableApplicationContext application) {
    return ((WebServerApplicationContext) application).getWebServer().getPort();
  }

  @Override
  protected RunningHost startHost() {
    ConfigurableApplicationContext application = startApplication();
    Encke encke = application.getBean(Encke.class);
    return new RunningHost() {
      @Override
      public Encke encke() {
        return encke;
      }

      @Override
      public URI pages(String hostName) {
        return URI.create("http://" + hostName + ":" + port(application) + "/app/");
      }

      @Override
      public void close() {
        application.close();
      }
    };
  }
}
