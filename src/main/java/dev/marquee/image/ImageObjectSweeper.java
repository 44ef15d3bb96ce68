package dev.marquee.image;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the objects of files no image uses any more, which the trigger
 * {@code image_release_files} lists in {@code image_object_unused} when their last image
 * is deleted (on its own, or with its film, person or company): right after an image's
 * own deletion commits, and every {@code marquee.images.s3.sweep-interval} for the rest
 * and for what a failure of the store left. Instances share the list (each claims rows
 * with {@code SKIP LOCKED}); an object is deleted under the picture's advisory lock, and
 * only while no file row names it, so an upload of the same picture at the same time
 * keeps its objects.
 */
@Component
@ConditionalOnProperty(name = "marquee.images.store", havingValue = "s3")
class ImageObjectSweeper implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ImageObjectSweeper.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ImageObjects objects;

	private final long intervalMillis;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "image-object-sweeper");
		thread.setDaemon(true);
		return thread;
	});

	ImageObjectSweeper(JdbcClient jdbc, PlatformTransactionManager transactionManager, ImageObjects objects,
			ImageStoreProperties properties) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.objects = objects;
		this.intervalMillis = properties.s3().sweepInterval().toMillis();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.executor.scheduleWithFixedDelay(this::sweepQuietly, 0, this.intervalMillis, TimeUnit.MILLISECONDS);
	}

	/**
	 * Sweeps once the current transaction commits.
	 */
	void sweepAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					ImageObjectSweeper.this.executor.execute(ImageObjectSweeper.this::sweepQuietly);
				}

			});
		}
	}

	/**
	 * Deletes the objects of every unused file listed now, and says how many.
	 */
	int sweep() {
		int total = 0;
		while (true) {
			int[] batch = this.transactions.execute((status) -> sweepBatch());
			total += batch[1];
			if (batch[0] < BATCH || batch[1] == 0) {
				return total;
			}
		}
	}

	private void sweepQuietly() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			logger.warn("Unused image objects are kept until the next sweep: " + ex.getMessage());
		}
	}

	/**
	 * Claims a batch of listed files and deletes their objects: how many were claimed and
	 * how many were done (one whose picture an upload holds waits for the next sweep).
	 */
	private int[] sweepBatch() {
		List<Unused> unused = this.jdbc
			.sql("SELECT sha256, format FROM image_object_unused ORDER BY released_at LIMIT ? FOR UPDATE SKIP LOCKED")
			.param(BATCH)
			.query((rs, row) -> new Unused(rs.getString(1), rs.getString(2)))
			.list();
		int done = 0;
		for (Unused file : unused) {
			boolean locked = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")
				.params(ImageFiles.LOCK_CLASS, file.sha256())
				.query(Boolean.class)
				.single();
			if (!locked) {
				continue;
			}
			boolean used = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM image_file WHERE sha256 = ? AND store = 's3')")
				.param(file.sha256())
				.query(Boolean.class)
				.single();
			if (!used) {
				this.objects.delete(file.sha256(), file.format());
			}
			this.jdbc.sql("DELETE FROM image_object_unused WHERE sha256 = ?").param(file.sha256()).update();
			done++;
		}
		return new int[] { unused.size(), done };
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	private record Unused(String sha256, String format) {

	}

}
