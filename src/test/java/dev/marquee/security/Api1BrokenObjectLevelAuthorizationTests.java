package dev.marquee.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.marquee.security.ApiClient.Answer;
import dev.marquee.security.ApiClient.Request;
import dev.marquee.security.ApiDocument.Operation;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API1 (broken object level authorization). Marquee's data is public and has one
 * owner, the admins, so the objects to guard are the links between them: an item id only
 * reaches the item through its own film. Every item operation of the document, asked for
 * an item of one film through another film, answers 404 and changes nothing. API keys,
 * the one secret object, never show their material (see {@code ApiKeyTests}).
 */
class Api1BrokenObjectLevelAuthorizationTests extends GeneratedApiTest {

	private static final Pattern ITEM_ROUTE = Pattern.compile("/api/v1/films/\\{id}/([a-z-]+)/\\{itemId}");

	@Test
	void anItemIsOnlyReachedThroughItsOwnFilm() {
		DatabaseFingerprint fingerprint = new DatabaseFingerprint(this.jdbc);
		Map<String, String> before = fingerprint.take();
		List<String> leaks = new ArrayList<>();
		int tried = 0;
		for (Operation operation : this.document.operations()) {
			Matcher item = ITEM_ROUTE.matcher(operation.path());
			if (!item.matches() || !this.targets.hasItem(item.group(1))) {
				continue;
			}
			String throughAnother = this.targets.fill(operation,
					Map.of("id", FuzzTargets.DOCUMENT_FILM, "itemId", this.targets.itemId(item.group(1))));
			Request request = Request.of(operation.method(), throughAnother)
				.header("Authorization", this.admin)
				.header("If-Match", operation.isRead() ? null : "*");
			if (operation.bodyType() != null) {
				request = request.body(this.targets.body(operation).toString(), operation.bodyType());
			}
			Answer answer = this.client.send(request);
			tried++;
			if (answer.status() != 404 || !answer.body().contains("\"code\":\"not-found\"")) {
				leaks.add(operation + " " + throughAnother + " -> " + answer.status() + " " + answer.body());
			}
		}

		assertThat(leaks).isEmpty();
		assertThat(tried).isGreaterThan(20);
		assertThat(DatabaseFingerprint.differences(before, fingerprint.take())).isEmpty();
	}

}
