package dev.marquee.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL 17 server of a fault test's own, in its own data directory and on a fixed
 * port, that the test may kill, freeze and restart without touching the run's shared test
 * database. It is set up as Marquee's embedded default is for real data (fsync,
 * synchronous commit), so that a commit it acknowledged survives a crash.
 */
final class PrivatePostgres implements AutoCloseable {

	private final Path directory;

	private final int port;

	private EmbeddedPostgres server;

	private PrivatePostgres(Path directory, int port) throws IOException {
		this.directory = directory;
		this.port = port;
		this.server = start(directory, port);
	}

	static PrivatePostgres start() {
		try {
			return new PrivatePostgres(Files.createTempDirectory("marquee-fault-pg"), freePort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	/**
	 * SIGKILLs the postmaster, as a crash or the kernel's OOM killer would, and waits for
	 * its backends to notice and exit (they do within a second; any left after 10 s are
	 * killed too), so the server can be started again on the same data directory.
	 */
	void kill() {
		ProcessHandle postmaster = postmaster();
		List<ProcessHandle> backends = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		awaitExit(postmaster);
		for (ProcessHandle backend : backends) {
			awaitExit(backend);
		}
	}

	/**
	 * Restarts the server on the same port and data directory, after {@link #kill()}; it
	 * runs crash recovery first and answers once it is done.
	 */
	void restart() {
		try {
			// Releases zonky's lock on the data directory; its pg_ctl stop fails on the
			// dead server, which is logged only.
			this.server.close();
			this.server = start(this.directory, this.port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * SIGSTOPs the postmaster and every backend: the server still accepts TCP connections
	 * (the kernel does) but answers nothing, like a hung host.
	 */
	void freeze() {
		signalAll("-STOP");
	}

	void thaw() {
		signalAll("-CONT");
	}

	@Override
	public void close() throws IOException {
		try {
			thaw();
		}
		catch (RuntimeException ex) {
			// already stopped or never frozen
		}
		this.server.close();
		FileSystemUtils.deleteRecursively(this.directory);
	}

	/**
	 * Signals the postmaster first (a stopped postmaster forks no new backend), then
	 * every backend it has. A backend that exits meanwhile is no failure.
	 */
	private void signalAll(String signal) {
		ProcessHandle postmaster = postmaster();
		kill(signal, List.of(String.valueOf(postmaster.pid())));
		List<String> backends = postmaster.descendants().map((backend) -> String.valueOf(backend.pid())).toList();
		if (!backends.isEmpty()) {
			kill(signal, backends);
		}
	}

	private static void kill(String signal, List<String> pids) {
		List<String> command = new ArrayList<>(List.of("kill", signal));
		command.addAll(pids);
		try {
			Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!kill.waitFor(10, TimeUnit.SECONDS) || (kill.exitValue() != 0
					&& !output.lines().allMatch((line) -> line.contains("No such process")))) {
				throw new IllegalStateException("kill " + signal + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The postmaster, by the pid on the first line of {@code postmaster.pid}.
	 */
	private ProcessHandle postmaster() {
		try {
			String pid = Files.readAllLines(this.directory.resolve("postmaster.pid"), StandardCharsets.US_ASCII).get(0);
			return ProcessHandle.of(Long.parseLong(pid.strip()))
				.orElseThrow(() -> new IllegalStateException("No postmaster with pid " + pid));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitExit(ProcessHandle process) {
		try {
			process.onExit().get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
	}

	private static EmbeddedPostgres start(Path directory, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("max_connections", "50")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
