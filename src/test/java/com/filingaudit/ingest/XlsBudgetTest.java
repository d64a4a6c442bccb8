package com.filingaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .xls workbooks are loaded whole: those loaded at once by the threads that read files stay within one cap's worth
 * of the heap, a load waiting until the earlier ones are closed.
 */
class XlsBudgetTest {

	@TempDir
	Path dir;

	@Test
	void aLoadWaitsUntilTheLoadsBeforeItLeaveRoom() throws Exception {
		XlsBudget budget = new XlsBudget(10 * 1024);
		Closeable first = budget.take(6 * 1024);

		CompletableFuture<Closeable> second = CompletableFuture.supplyAsync(() -> take(budget, 6 * 1024));

		assertWaiting(second);
		first.close();
		second.get(5, TimeUnit.SECONDS).close();
		assertThat(budget.freeKilobytes()).isEqualTo(10);
	}

	@Test
	void aFileLargerThanTheBudgetIsLoadedAlone() throws Exception {
		XlsBudget budget = new XlsBudget(10 * 1024);
		Closeable large = budget.take(100 * 1024);
		assertThat(budget.freeKilobytes()).isZero();

		CompletableFuture<Closeable> small = CompletableFuture.supplyAsync(() -> take(budget, 1));

		assertWaiting(small);
		large.close();
		large.close();
		small.get(5, TimeUnit.SECONDS).close();
		assertThat(budget.freeKilobytes()).as("closing twice gives back once").isEqualTo(10);
	}

	@Test
	void anOpenXlsHoldsItsShareOfTheBudgetUntilClosed() throws Exception {
		Path file = TestWorkbooks.register(dir.resolve("a.xls"), true);
		int free = RowSources.XLS_LOADED.freeKilobytes();

		try (RowSource read = RowSources.open(file, "a.xls", RowSourcesTest.OPTIONS)) {
			assertThat(read.next()).isNotNull();
			assertThat(RowSources.XLS_LOADED.freeKilobytes()).isEqualTo(free - (Files.size(file) + 1023) / 1024);
		}
		assertThat(RowSources.XLS_LOADED.freeKilobytes()).isEqualTo(free);
	}

	private static Closeable take(XlsBudget budget, long bytes) {
		try {
			return budget.take(bytes);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertWaiting(CompletableFuture<Closeable> load) {
		assertThatThrownBy(() -> load.get(300, TimeUnit.MILLISECONDS)).as("the load waits")
			.isInstanceOf(TimeoutException.class);
	}

}
