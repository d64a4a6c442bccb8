package com.filingaudit.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scale-out: {@code audit.role}, {@code audit.broker.*}.
 *
 * @param role {@code standalone} (one process does everything, the default), {@code manager} (partitions the input
 * and hands the partitions to workers through the broker, then supersedes, reminds and reports) or {@code worker}
 * (audits the partitions it receives)
 * @param broker the message broker the manager and the workers share, at {@code spring.artemis.broker-url}
 */
@ConfigurationProperties("audit")
public record ClusterProperties(@DefaultValue("standalone") Role role, @DefaultValue Broker broker) {

	public enum Role {

		STANDALONE, MANAGER, WORKER

	}

	/**
	 * @param embedded the manager starts a broker of its own that accepts connections at
	 * {@code spring.artemis.broker-url}: for one host, or a trial
	 * @param queue the queue the partitions are sent to
	 * @param pollInterval how often the manager looks in the job repository for the partitions' ends
	 */
	public record Broker(boolean embedded, @DefaultValue("filing-audit.partitions") String queue,
			@DefaultValue("1s") Duration pollInterval) {
	}

}
