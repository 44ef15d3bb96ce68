package dev.marquee.support.db;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read-only transaction whose replica connection broke under it — the replica stopped
 * or restarted in the middle of a read — runs again, once, on the primary, so the request
 * still gets its answer. A read-only transaction writes nothing, so running it again is
 * safe. Only the outermost read-only scope of a call retries (an inner one runs inside
 * the outer's broken connection), and only a break of a replica connection counts: one on
 * the primary is an outage a retry would not mend. Ordered before the transaction advice,
 * so the retry gets a transaction, and a connection, of its own.
 */
final class ReplicaReadRetry implements MethodInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(ReplicaReadRetry.class);

	/**
	 * The advice on every {@code @Transactional(readOnly = true)} method.
	 */
	static StaticMethodMatcherPointcutAdvisor advisor() {
		// every method the transaction advice covers, package-private ones too, as in
		// Spring's own transaction source: the no-argument constructor sees only public
		// methods, and most reads (title page, listings, credits) are package-private
		TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource(false);
		StaticMethodMatcherPointcutAdvisor advisor = new StaticMethodMatcherPointcutAdvisor(new ReplicaReadRetry()) {

			@Override
			public boolean matches(Method method, Class<?> targetClass) {
				TransactionAttribute attribute = transactions.getTransactionAttribute(method, targetClass);
				return attribute != null && attribute.isReadOnly();
			}

		};
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				|| !(invocation instanceof ProxyMethodInvocation proxied)) {
			return invocation.proceed();
		}
		MethodInvocation again = proxied.invocableClone();
		ReadReplica.BROKEN_HERE.remove();
		try {
			return invocation.proceed();
		}
		catch (RuntimeException ex) {
			if (!Boolean.TRUE.equals(ReadReplica.BROKEN_HERE.get())) {
				throw ex;
			}
			logger.warn("A read broke on the read replica ({}); reading again on the primary", ex.getMessage());
			return ReadYourWrites.onPrimary(again::proceed);
		}
		finally {
			ReadReplica.BROKEN_HERE.remove();
		}
	}

}
