package com.filingaudit.cluster;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition as it travels: the step's name and its execution's id, as text. No Java serialization crosses the
 * broker, so a worker never deserializes objects from the network.
 */
final class PartitionMessages {

	private static final char SEPARATOR = '#';

	private PartitionMessages() {
	}

	static String text(StepExecutionRequest request) {
		return request.getStepName() + SEPARATOR + request.getStepExecutionId();
	}

	static StepExecutionRequest request(String text) {
		int at = text.lastIndexOf(SEPARATOR);
		if (at < 1) {
			throw new IllegalArgumentException("not a partition: " + text);
		}
		return new StepExecutionRequest(text.substring(0, at), Long.parseLong(text.substring(at + 1)));
	}

}
