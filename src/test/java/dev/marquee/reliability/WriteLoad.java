package dev.marquee.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.marquee.reliability.PrivateMarquee.Exchange;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Client threads that each add trivia to a film of their own, one request after the
 * other, as fast as the server answers, and remember every answer with the text they
 * sent: a write is acknowledged when it was answered 201.
 */
final class WriteLoad implements AutoCloseable {

	private final PrivateMarquee marquee;

	private final List<String> imdbIds;

	private final ExecutorService threads;

	private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();

	private volatile boolean running = true;

	WriteLoad(PrivateMarquee marquee, List<String> imdbIds) {
		this.marquee = marquee;
		this.imdbIds = imdbIds;
		this.threads = Executors.newFixedThreadPool(imdbIds.size());
		for (int writer = 0; writer < imdbIds.size(); writer++) {
			int number = writer;
			this.threads.submit(() -> write(number));
		}
	}

	private void write(int writer) {
		String path = "/api/v1/films/" + this.imdbIds.get(writer) + "/trivia";
		for (int n = 0; this.running; n++) {
			String text = "load w" + writer + " n" + n;
			Exchange exchange = this.marquee.post(path,
					"{\"text\":\"" + text + "\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}");
			this.writes.add(new Write(text, exchange));
		}
	}

	List<Write> writes() {
		return List.copyOf(this.writes);
	}

	Set<String> acknowledged() {
		return this.writes.stream()
			.filter((write) -> write.exchange().status() == 201)
			.map(Write::text)
			.collect(Collectors.toSet());
	}

	/**
	 * Waits until some write matches, at most {@code limit}.
	 */
	Optional<Write> await(Predicate<Write> condition, Duration limit) {
		try {
			return Optional.of(Awaitility.await()
				.atMost(limit)
				.pollInterval(Duration.ofMillis(20))
				.until(() -> this.writes.stream().filter(condition).findFirst(), Optional::isPresent)
				.get());
		}
		catch (ConditionTimeoutException ex) {
			return Optional.empty();
		}
	}

	void awaitAcknowledged(int count, Duration limit) {
		try {
			Awaitility.await()
				.atMost(limit)
				.pollInterval(Duration.ofMillis(20))
				.until(() -> acknowledged().size() >= count);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("Fewer than " + count + " writes acknowledged in " + limit + "; the last: "
					+ this.writes.stream().reduce((first, second) -> second).orElse(null), ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.threads.shutdown();
		if (!this.threads.awaitTermination(2, TimeUnit.MINUTES)) {
			this.threads.shutdownNow();
			throw new IllegalStateException("Writers did not stop");
		}
	}

	static List<Exchange> exchanges(List<Write> writes) {
		return new ArrayList<>(writes.stream().map(Write::exchange).toList());
	}

	record Write(String text, Exchange exchange) {
	}

}
