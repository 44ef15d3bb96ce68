package dev.marquee.films;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.coyote.CloseNowException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * What an export may hold: one of {@code marquee.export.max-concurrent} slots, and its
 * thread and connection only while the client reads at least
 * {@code marquee.export.min-read-rate}. A client that stops reading altogether is cut off
 * by Tomcat's write timeout ({@code server.tomcat.connection-timeout}), one that trickles
 * by the rate. Either way the connection is closed without the stream's end, so the
 * client knows its copy is incomplete.
 */
@Component
@EnableConfigurationProperties(ExportProperties.class)
class ExportLimits {

	private final ExportProperties properties;

	private final Semaphore slots;

	ExportLimits(ExportProperties properties) {
		this.properties = properties;
		this.slots = new Semaphore(properties.maxConcurrent());
	}

	/**
	 * Runs an export in a free slot.
	 * @throws ApiException export-busy (503, with Retry-After) when every slot is taken
	 */
	void run(HttpServletResponse response, Export export) throws IOException {
		if (!this.slots.tryAcquire()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.properties.retryAfter().toSeconds()));
			throw new ApiException(ProblemType.EXPORT_BUSY,
					this.properties.maxConcurrent() + " exports are running, as many as this server runs at once; "
							+ "retry in " + this.properties.retryAfter().toSeconds() + " seconds");
		}
		try {
			export.writeTo(new ReadRateGuard(response.getOutputStream()));
		}
		finally {
			this.slots.release();
		}
	}

	@FunctionalInterface
	interface Export {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Counts the bytes written and the time spent waiting for the client to take them (a
	 * write returns at once while the socket's buffers have room).
	 */
	private final class ReadRateGuard extends FilterOutputStream {

		private long bytes;

		private long waitedNanos;

		ReadRateGuard(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] buffer, int offset, int length) throws IOException {
			long start = System.nanoTime();
			this.out.write(buffer, offset, length);
			this.bytes += length;
			waited(start);
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void flush() throws IOException {
			long start = System.nanoTime();
			this.out.flush();
			waited(start);
		}

		private void waited(long start) throws CloseNowException {
			this.waitedNanos += System.nanoTime() - start;
			ExportProperties limits = ExportLimits.this.properties;
			if (this.waitedNanos < limits.minReadRateAfter().toNanos()) {
				return;
			}
			long bytesPerSecond = this.bytes * TimeUnit.SECONDS.toNanos(1) / this.waitedNanos;
			if (bytesPerSecond < limits.minReadRate().toBytes()) {
				// Tomcat closes the connection at once, without the stream's end (a
				// client disconnect would be taken as a finished answer).
				throw new CloseNowException("The client read " + bytesPerSecond + " bytes/s, below "
						+ limits.minReadRate().toBytes() + " (marquee.export.min-read-rate): export cut off");
			}
		}

	}

}
