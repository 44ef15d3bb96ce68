package dev.marquee.apikey;

import java.net.URI;
import java.util.List;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins manage API keys. Answers are never cached: they describe credentials.
 */
@RestController
@RequestMapping(path = ApiKeyController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin: API keys", description = "Create, list and revoke API keys (admin role)")
@SecurityRequirement(name = "bearer")
class ApiKeyController {

	static final String PATH = "/api/v1/admin/api-keys";

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an API key",
			description = "Creates a key with the reader or admin role. The answer is the only time the key is shown: "
					+ "only its SHA-256 hash is stored. Location names the new key.")
	@Answered(Answers.API_KEY_CREATE)
	ResponseEntity<IssuedApiKey> create(@RequestBody @Valid NewApiKey request) {
		IssuedApiKey issued = this.keys.issue(request.name(), request.role());
		return ResponseEntity.created(URI.create(PATH + "/" + issued.id()))
			.cacheControl(CacheControl.noStore())
			.body(issued);
	}

	@GetMapping
	@Operation(summary = "List API keys",
			description = "Every key ever created, revoked ones included, oldest first — never the keys themselves, "
					+ "only their first characters.")
	@Answered(Answers.API_KEYS)
	ResponseEntity<List<ApiKeyView>> list() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.keys.list());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get an API key", description = "One key, without the key itself.")
	@Answered(Answers.API_KEY)
	ResponseEntity<ApiKeyView> get(@Parameter(description = "The key's id", example = "1") @PathVariable long id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.keys.get(id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke an API key",
			description = "The key stops working at once and stays listed with its revokedAt time. Revoking a "
					+ "revoked key changes nothing. The last active admin key cannot be revoked (409): create another "
					+ "admin key first.")
	@Answered(Answers.API_KEY_REVOKE)
	ResponseEntity<Void> revoke(@Parameter(description = "The key's id", example = "1") @PathVariable long id) {
		this.keys.revoke(id);
		return ResponseEntity.noContent().build();
	}

}
