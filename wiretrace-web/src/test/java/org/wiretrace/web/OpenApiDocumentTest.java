package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wiretrace.store.InMemoryArticleStore;

class OpenApiDocumentTest {

  @Test
  void routes_allDocumented() throws IOException {
    assertThat(documented()).containsAll(registered());
  }

  @Test
  void document_describesOnlyRegisteredRoutes() throws IOException {
    assertThat(registered()).containsAll(documented());
  }

  @Test
  void document_errorsUseProblemShape() throws IOException {
    JsonNode problem = document().at("/components/schemas/Problem/required");
    assertThat(problem.toString()).isEqualTo("[\"status\",\"title\",\"detail\"]");
  }

  private static Set<String> registered() {
    Set<String> routes = new TreeSet<>();
    try (Services services = new Services(WebServer.builder().store(new InMemoryArticleStore()).config())) {
      for (Route r : Routing.routes(services)) {
        if (r.path().startsWith("/api/") || r.path().equals("/health")) {
          routes.add(r.method() + " " + r.openApiPath());
        }
      }
    }
    return routes;
  }

  private static Set<String> documented() throws IOException {
    Set<String> routes = new TreeSet<>();
    document().get("paths").properties().forEach(path -> path.getValue().properties().forEach(
        op -> routes.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return routes;
  }

  private static JsonNode document() throws IOException {
    return Json.MAPPER.readTree(SystemApi.loadOpenApi());
  }
}
