package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.filingaudit.testdb.TestDatabase;

/**
 * Remote partitioning: a manager ({@code audit.role=manager}, with its own broker) splits the input into partitions,
 * a file each and row ranges of the big one, and two worker JVMs ({@code audit.role=worker}) audit them through the
 * broker against the shared job repository. The report is the one a standalone run publishes, even when a worker is
 * killed in the middle of a partition: the broker hands that partition to the other worker, which resumes it from its
 * last committed chunk. A worker asked to stop ends, though its broker is gone. On PostgreSQL only: manager and
 * workers share a server database.
 */
class ScaleOutJobTest {

	private static final String AS_OF = "2026-11-23";

	private static final int BIG = 10_000;

	private static final int SMALL = 1_500;

	@TempDir
	Path root;

	private final List<ServiceProcess> workers = new ArrayList<>();

	/** Whatever a failed assertion left running. */
	@AfterEach
	void killWorkers() throws InterruptedException {
		for (ServiceProcess worker : workers) {
			worker.kill();
		}
	}

	@Test
	void aManagerAndTwoWorkersPublishTheStandaloneReportEvenWhenAWorkerIsKilledMidPartition() throws Exception {
		assumeTrue(TestDatabase.postgres(), "manager and workers share a server database: run with -Daudit.test.database=postgresql");
		AuditRun standalone = new AuditRun(root.resolve("standalone"));
		AuditRun cluster = new AuditRun(root.resolve("cluster"));
		KilledDuringReportResumesTest.writeRegister(cluster.input.resolve("台账.csv"), BIG);
		writeBranchRegister(cluster.input.resolve("分公司.csv"));
		for (String file : new String[] { "台账.csv", "分公司.csv" }) {
			Files.copy(cluster.input.resolve(file), standalone.input.resolve(file));
		}
		assertThat(standalone.once(AS_OF, "--audit.locale=en", "--audit.min-range-rows=2500")).isZero();

		String broker = "--spring.artemis.broker-url=tcp://127.0.0.1:" + freePort();
		// all started together on a new database, as a deployment's services are
		ServiceProcess first = worker(cluster, broker);
		ServiceProcess second = worker(cluster, broker);
		CompletableFuture<Integer> manager = CompletableFuture.supplyAsync(() -> cluster.once(AS_OF,
				"--audit.locale=en", "--audit.role=manager", "--audit.broker.embedded=true", broker,
				"--audit.min-range-rows=2500", "--audit.threads=4"));

		String partition = first.await(line -> line.contains("Executing step: [auditFile:"), Duration.ofMinutes(3));
		first.kill();
		assertThat(manager.get(5, TimeUnit.MINUTES)).isZero();

		String step = partition.substring(partition.indexOf("[auditFile:"));
		assertThat(second.log()).as("the killed worker's partition, done by the other").anyMatch(line -> line
			.contains("Step: " + step) && line.contains("executed"));
		KilledDuringReportResumesTest.assertSamePublished(cluster, standalone, AS_OF);
		assertThat(second.terminate(Duration.ofSeconds(30)))
			.as("a worker asked to stop (SIGTERM) ends, though its broker went with the manager").isTrue();
		try (Connection db = cluster.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RESULT")).isEqualTo(BIG + SMALL);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_REJECTION")).isEqualTo(1);
			assertThat(AuditRun.count(db, """
					SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'auditFile:%' AND STATUS = 'COMPLETED'"""))
				.as("a file each, the big one in ranges").isGreaterThanOrEqualTo(3);
		}
	}

	/** A small second file: the branches' licences, of the same owners as the big one's. */
	private static void writeBranchRegister(Path file) throws IOException {
		StringBuilder rows = new StringBuilder("企业名称,许可类型,证书编号,有效期至,负责人\n");
		for (int i = 1; i <= SMALL; i++) {
			rows.append("分公司").append(i).append(",ICP证,京B2-").append(40000000 + i).append(",2026-12-")
				.append(1 + i % 28).append(",客户经理").append(i % 8).append('\n');
		}
		Files.writeString(file, rows);
	}

	private ServiceProcess worker(AuditRun cluster, String broker) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("--audit.role=worker", broker, "--audit.threads=1"));
		arguments.addAll(TestDatabase.arguments(cluster.data));
		ServiceProcess worker = ServiceProcess.start(arguments);
		workers.add(worker);
		return worker;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
