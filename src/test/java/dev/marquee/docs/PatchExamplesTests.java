package dev.marquee.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every merge patch of the API document (the snapshot {@code OpenApiContractTests} holds
 * equal to the served one) shows an example that changes one field of its schema, and
 * that example is a body its schema accepts, as networknt's validator reads OpenAPI 3.1.
 */
class PatchExamplesTests {

	private static final String DOCUMENT = "urn:marquee:openapi";

	private static final String MERGE_PATCH = "application/merge-patch+json";

	@Test
	void everyMergePatchShowsAOneFieldExampleItsSchemaAccepts() throws IOException {
		String text = Files.readString(Path.of("docs/openapi.json"));
		JsonNode document = JsonMapper.builder().build().readTree(text);
		JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
				(builder) -> builder.metaSchema(OpenApi31.getInstance())
					.defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
					.schemaLoaders((loaders) -> loaders.schemas(Map.of(DOCUMENT, text))));
		List<String> patches = new ArrayList<>();
		List<String> faults = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			JsonNode body = path.getValue().path("patch").path("requestBody").path("content").path(MERGE_PATCH);
			if (body.isMissingNode()) {
				continue;
			}
			String operation = "PATCH " + path.getKey();
			patches.add(operation);
			JsonNode examples = body.path("examples");
			if (examples.size() != 1) {
				faults.add(operation + ": " + examples.size() + " examples");
				continue;
			}
			JsonNode value = examples.properties().iterator().next().getValue().get("value");
			String schemaName = body.get("schema").get("$ref").asString().replace("#/components/schemas/", "");
			JsonNode properties = document.get("components").get("schemas").get(schemaName).get("properties");
			if (!value.isObject() || value.size() != 1
					|| !properties.has(value.properties().iterator().next().getKey())) {
				faults.add(operation + ": " + value + " is not one field of " + schemaName);
			}
			String pointer = "#/paths/" + path.getKey().replace("~", "~0").replace("/", "~1")
					+ "/patch/requestBody/content/" + MERGE_PATCH.replace("/", "~1") + "/schema";
			schemas.getSchema(SchemaLocation.of(DOCUMENT + pointer))
				.validate(value.toString(), InputFormat.JSON)
				.forEach((message) -> faults.add(operation + ": " + message.getMessage()));
		}
		assertThat(patches).as("merge-patch operations").hasSizeGreaterThanOrEqualTo(26);
		assertThat(faults).isEmpty();
	}

}
