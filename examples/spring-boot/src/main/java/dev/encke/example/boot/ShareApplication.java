package dev.encke.example.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * An ordinary Spring MVC application that adds Encke with {@code encke-spring-boot-starter}:
 * {@link SharePriceController} renders the page, {@link PriceFeed} pushes each new price from a
 * {@code @Scheduled} method, and a request handler shakes the price on every page. Run it with
 * {@code ./mvnw -pl examples/spring-boot -am spring-boot:run} or from the IDE, then open
 * {@code http://localhost:8080/share}.
 */
@SpringBootApplication
@EnableScheduling
public class ShareApplication {

  public static void main(String[] args) {
    SpringApplication.run(ShareApplication.class, args);
  }
}
