package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Compare, trace and stories over the demo articles, through a real HTTP client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReuseApiIT {

  private WebServer server;
  private ApiClient client;

  @BeforeAll
  void start() {
    server = DemoServer.start();
    client = new ApiClient(server.uri());
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void compare_storedIds() {
    HttpResponse<String> response = client.post("/api/compare", "application/json", "{\"a\":\"daily-002\",\"b\":\"wire-001\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode relation = ApiClient.json(response).get("relation");
    assertThat(relation.get("source").asText()).isEqualTo("wire-001");
    assertThat(relation.get("derived").asText()).isEqualTo("daily-002");
    assertThat(relation.get("kind").asText()).isIn("DUPLICATE", "SYNDICATED");
    assertThat(relation.get("alignments").size()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void compare_inlineArticle() {
    String body = "{\"a\":\"wire-001\",\"b\":{\"id\":\"mine\",\"published\":\"2026-03-04\",\"text\":"
        + "\"Winds of up to 110 kilometres per hour tore loose two steel signs on the span shortly after dawn, "
        + "the city's transport department said in a statement.\\nAn unrelated closing line about the weather.\"}}";
    JsonNode relation = ApiClient.json(client.post("/api/compare", "application/json", body)).get("relation");
    assertThat(List.of(relation.get("source").asText(), relation.get("derived").asText())).contains("mine");
    assertThat(relation.get("alignments").size()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void compare_unknownIdIs404() {
    ArticlesApiIT.assertProblem(client.post("/api/compare", "application/json", "{\"a\":\"wire-001\",\"b\":\"nope\"}"),
        404, "no article with id 'nope'");
  }

  @Test
  void compare_missingSideIs400() {
    ArticlesApiIT.assertProblem(client.post("/api/compare", "application/json", "{\"a\":\"wire-001\"}"),
        400, "field \"b\"");
  }

  @Test
  void compare_formBodyIs415() {
    ArticlesApiIT.assertProblem(client.post("/api/compare", "application/x-www-form-urlencoded", "a=1&b=2"), 415,
        "application/json");
  }

  @Test
  void trace_storedArticleFindsWire() {
    JsonNode result = ApiClient.json(client.get("/api/articles/daily-002/trace"));
    assertThat(result.get("article").asText()).isEqualTo("daily-002");
    assertThat(result.at("/sources/0/source").asText()).isEqualTo("wire-001");
    assertThat(ids(result.get("sources"))).doesNotContain("library-005");
  }

  @Test
  void trace_postedText() {
    String body = "{\"text\":\"Crews removed the debris and reopened both lanes by early afternoon, the department said.\\n"
        + "The bridge carries about 40,000 vehicles a day and is the only road link between the harbour district "
        + "and the northern suburbs.\\nA council spokesperson declined to comment further.\"}";
    HttpResponse<String> response = client.post("/api/trace", "application/json", body);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ids(ApiClient.json(response).get("sources"))).contains("wire-001");
  }

  @Test
  void stories_groupTheBridgeStory() {
    JsonNode bridge = bridgeStory();
    assertThat(bridge.get("articleIds").toString()).contains("daily-002").contains("farm-003")
        .doesNotContain("library-005");
    assertThat(bridge.at("/lead/id").asText()).isEqualTo("wire-001");
    JsonNode story = ApiClient.json(client.get("/api/stories/" + bridge.get("id").asText()));
    assertThat(story.get("relations").size()).isGreaterThanOrEqualTo(2);
    assertThat(story.get("articles").size()).isEqualTo(bridge.get("size").asInt());
    // Issue 12: the story is named and shows its provenance tree, the wire at its root.
    assertThat(story.get("title").asText()).startsWith("Storm closes");
    assertThat(story.get("tree").size()).isEqualTo(bridge.get("size").asInt());
    assertThat(story.at("/tree/0/article").asText()).isEqualTo("wire-001");
    assertThat(story.at("/tree/1/source").asText()).isEqualTo("wire-001");
  }

  /** The listed story that holds the bridge wire story wire-001. */
  private JsonNode bridgeStory() {
    JsonNode bridge = null;
    for (JsonNode story : ApiClient.json(client.get("/api/stories")).get("stories")) {
      if (story.get("articleIds").toString().contains("wire-001")) {
        bridge = story;
      }
    }
    assertThat(bridge).isNotNull();
    return bridge;
  }

  @Test
  void storyPage_showsTheProvenanceTree() {
    String html = client.get("/stories/" + bridgeStory().get("id").asText()).body();
    assertThat(html).contains("<h2>Provenance tree</h2>", "<ul class=\"tree\">", "from wire-001");
  }

  @Test
  void stories_searchAndSort() {
    JsonNode none = ApiClient.json(client.get("/api/stories?q=zzzz-no-such-thing"));
    assertThat(none.get("stories")).isEmpty();
    assertThat(client.get("/api/stories?sort=time").statusCode()).isEqualTo(200);
    ArticlesApiIT.assertProblem(client.get("/api/stories?sort=weird"), 400, "sort 'weird'");
  }

  @Test
  void story_unknownIs404() {
    ArticlesApiIT.assertProblem(client.get("/api/stories/story-nope"), 404, "no story with id 'story-nope'");
  }

  private static List<String> ids(JsonNode relations) {
    List<String> ids = new ArrayList<>();
    relations.forEach(r -> {
      ids.add(r.get("source").asText());
      ids.add(r.get("derived").asText());
    });
    return ids;
  }
}
