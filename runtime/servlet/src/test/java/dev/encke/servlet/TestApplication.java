package dev.encke.servlet;

import dev.encke.Encke;
import dev.encke.testing.HostContract;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The application the servlet hosts are tested in: Encke registered beside a servlet of its own
 * that serves the contract's pages and a login storing the user in the {@code HttpSession}.
 */
final class TestApplication {

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html;charset=utf-8", "js", "text/javascript;charset=utf-8");

  private TestApplication() {}

  /** Registers Encke and the application's servlet in {@code context}; Encke. */
  static Encke install(ServletContext context) {
    Encke encke = EnckeServlets.register(context, Encke.builder());
    context.addServlet("application", new Pages()).addMapping("/");
    return encke;
  }

  /** {@code /login?user=NAME} and the pages of {@link HostContract#PAGES}. */
  private static final class Pages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      String path = request.getServletPath();
      if (path.equals("/login")) {
        String user = request.getParameter("user");
        request.getSession(true).setAttribute(EnckeServlets.USER_ATTRIBUTE, user);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write("logged in as " + user);
        return;
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
      try (InputStream page = TestApplication.class.getClassLoader()
          .getResourceAsStream(HostContract.PAGES + "/" + name)) {
        if (page == null || type == null) {
          response.sendError(404);
          return;
        }
        response.setContentType(type);
        page.transferTo(response.getOutputStream());
      }
    }
  }
}
