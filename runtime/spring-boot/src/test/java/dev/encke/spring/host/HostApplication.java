package dev.encke.spring.host;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring MVC application with Spring Security (CSRF on) that the starter adds Encke to: the
 * contract's pages as static resources, a sign-in that makes the browser's HTTP session
 * authenticated as a user, and a form endpoint of its own that Spring's CSRF protection guards.
 */
@SpringBootApplication
@RestController
public class HostApplication {

  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  @Bean
  SecurityFilterChain security(HttpSecurity http) {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .securityContext(context -> context.securityContextRepository(contexts))
        .build();
  }

  /** The application's sign-in, standing in for its form or single sign-on. */
  @GetMapping("/login")
  String login(@RequestParam("user") String user, HttpServletRequest request,
      HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of()));
    contexts.saveContext(context, request, response);
    return "logged in as " + user;
  }

  /** The CSRF token of the browser's session, for the application's own forms. */
  @GetMapping("/csrf")
  String csrf(CsrfToken token) {
    return token.getToken();
  }

  /** A form post of the application's own. */
  @PostMapping("/notes")
  String note(@RequestParam("text") String text) {
    return "noted " + text;
  }
}
