package vn.vbtrace.web;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.web.TestServer.Reply;
import static vn.vbtrace.web.TestServer.get;

/** Issue 15 point 6: an OpenAPI 3 description generated from the controllers, and Swagger UI served from the jar. */
class OpenApiIT {

    /** A Vietnamese sentence has letters with diacritics; an English one does not. */
    static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void everyEndpointOfTheControllersIsDescribedInVietnameseWithItsErrorShape() throws Exception {
        JsonNode docs = get("/v3/api-docs").json();
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        JsonNode paths = docs.get("paths");
        List<String> endpoints = new ArrayList<>();
        RequestMappingHandlerMapping mappings = TestServer.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replace("{*", "{");
                for (var method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(method.name() + " " + path);
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase());
                    assertThat(operation.isMissingNode()).as("%s %s is in /v3/api-docs", method, path).isFalse();
                    assertThat(operation.get("summary").asString()).as("summary of %s %s", method, path).containsPattern(VIETNAMESE);
                    for (String status : List.of("400", "404", "500")) {
                        JsonNode error = operation.path("responses").path(status).path("content").path("application/problem+json");
                        assertThat(error.path("schema").path("$ref").asString("")).as("%s of %s %s", status, method, path)
                                .isEqualTo("#/components/schemas/Problem");
                        assertThat(error.path("example").path("detail").asString("")).as("example %s of %s %s", status, method, path)
                                .containsPattern(VIETNAMESE);
                    }
                }
            }
        }
        assertThat(endpoints).as("endpoints the server maps").contains("GET /api/chain", "GET /api/search", "POST /api/check",
                "GET /api/relations", "GET /api/overview", "GET /api/bodies", "GET /api/documents/{id}/originals/{hash}",
                "GET /api/programs/{key}");
        assertThat(docs.get("components").get("schemas").get("Problem").get("properties").propertyNames())
                .contains("type", "title", "status", "detail", "error");
    }

    @Test
    void parametersCarryVietnameseExamplesAndSchemasKeepTheirOwnNames() throws Exception {
        JsonNode docs = get("/v3/api-docs").json();
        JsonNode q = docs.get("paths").get("/api/search").get("get").get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("q")).findFirst().orElseThrow();
        assertThat(q.get("example").asString()).isEqualTo("bố trí kinh phí");
        JsonNode number = docs.get("paths").get("/api/chain").get("get").get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("number")).findFirst().orElseThrow();
        assertThat(number.get("example").asString()).isEqualTo("qd 1322");
        // Two records named Duty (a search hit's and a body's) are two schemas, each with its own fields.
        JsonNode schemas = docs.get("components").get("schemas");
        assertThat(schemas.get("SearchHitDuty").get("properties").propertyNames()).contains("body", "role");
        assertThat(schemas.get("BodyProfileDuty").get("properties").propertyNames()).contains("task", "deadline", "document");
    }

    @Test
    void swaggerUiIsServedFromTheJarWithNothingFromACdn() throws Exception {
        Reply redirect = get("/swagger-ui");
        assertThat(redirect.status()).isIn(200, 302);
        Reply page = get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.body()).as("no script or style from another host").doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(get("/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(get("/v3/api-docs/swagger-config").json().get("url").asString()).isEqualTo("/v3/api-docs");
    }
}
