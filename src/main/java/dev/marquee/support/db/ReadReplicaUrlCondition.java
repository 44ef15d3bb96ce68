package dev.marquee.support.db;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when a read replica is configured: {@code marquee.datasource.read-replica.url}
 * is set and not blank.
 */
class ReadReplicaUrlCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty("marquee.datasource.read-replica.url");
		return StringUtils.hasText(url) ? ConditionOutcome.match("marquee.datasource.read-replica.url is set")
				: ConditionOutcome.noMatch("marquee.datasource.read-replica.url is not set");
	}

}
