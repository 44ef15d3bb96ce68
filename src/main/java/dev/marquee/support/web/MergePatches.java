package dev.marquee.support.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Applies an RFC 7396 JSON merge patch to a resource's writable fields: a member set to
 * {@code null} removes the field, an absent member keeps it, objects merge recursively
 * and everything else (arrays included) is replaced. The result is read and validated
 * like any request body: unknown and read-only fields are refused, and every failing
 * field is listed ({@code invalid-body}).
 */
@Component
public class MergePatches {

	/**
	 * The media type a merge patch is sent as.
	 */
	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private final JsonMapper mapper;

	private final Validator validator;

	MergePatches(JsonMapper mapper, Validator validator) {
		this.mapper = mapper;
		this.validator = validator;
	}

	/**
	 * The writable fields after the patch.
	 * @param current the writable fields as they are now
	 * @param patch the merge patch; must be a JSON object
	 * @param type the record of the writable fields
	 * @throws InvalidBodyException naming every unknown, read-only, mistyped or invalid
	 * field
	 */
	public <T> T apply(T current, JsonNode patch, Class<T> type) {
		if (!patch.isObject()) {
			throw InvalidBodyException
				.of(List.of(InvalidParam.body("", "must be a JSON object: a merge patch (RFC 7396)")));
		}
		JsonNode merged = merge(this.mapper.valueToTree(current), patch);
		T result;
		UnknownFields.start();
		try {
			result = this.mapper.treeToValue(merged, type);
		}
		catch (JacksonException ex) {
			// a DatabindException, or a number out of its type's range (a core
			// InputCoercionException)
			UnknownFields.finish();
			InvalidParam error = BodyErrors.of(ex);
			throw InvalidBodyException.of(List.of((error != null) ? error
					: InvalidParam.body("", "does not have the form of this resource's fields")));
		}
		// Unknown, read-only and mistyped fields and the constraints the others break, in
		// one answer, as for any request body (StrictBodyAdvice)
		InvalidBodyException refused = InvalidBodyException.of(UnknownFields.finish(), this.validator.validate(result));
		if (!refused.getErrors().isEmpty()) {
			throw refused;
		}
		return result;
	}

	static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy()
				: JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, JsonNode> member : patch.properties()) {
			if (member.getValue().isNull()) {
				result.remove(member.getKey());
			}
			else {
				JsonNode existing = result.get(member.getKey());
				result.set(member.getKey(),
						merge((existing != null) ? existing : JsonNodeFactory.instance.nullNode(), member.getValue()));
			}
		}
		return result;
	}

}
