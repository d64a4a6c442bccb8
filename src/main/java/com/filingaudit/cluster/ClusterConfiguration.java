package com.filingaudit.cluster;

import java.net.URI;
import java.util.Map;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import com.filingaudit.system.AuditProperties;

import jakarta.jms.ConnectionFactory;

/**
 * Scale-out by Spring Batch's remote partitioning: the manager's audit step sends each partition (a file, or a row
 * range of a big one) to a queue of the broker, as the step's name and its execution's id; a worker takes one at a
 * time per thread and executes that step against the shared job repository, which the manager polls until every
 * partition has ended. A worker killed midway leaves its message unacknowledged (the session is transacted): the
 * broker gives it to another worker, which resumes the partition from its last committed chunk, every row staged once.
 * In the default role, {@code standalone}, none of this exists: no broker is looked for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

	/** The audit job's partition step (see the job package's configuration), which the workers execute. */
	static final String PARTITION_STEP = "auditFile";

	/**
	 * Connections to the broker at {@code spring.artemis.broker-url}, for a manager or a worker: one kept open and
	 * shared, which comes back by itself when the broker does.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${audit.role:standalone}' != 'standalone'")
	static class Broker {

		@Bean
		CachingConnectionFactory brokerConnections(@Value("${spring.artemis.broker-url}") String url,
				ObjectProvider<EmbeddedActiveMQ> embedded) {
			// the manager's own broker, when it has one, is created and started before the first connection
			embedded.getIfAvailable();
			// no reconnection inside the client: a call made while it reconnected would wait for the broker for ever,
			// and a worker asked to stop with it (SIGTERM) would never end. A connection that fails fails at once;
			// the worker's listener container opens a new one when the broker is back (see the worker's back-off),
			// the manager's next send does (the caching factory drops a failed connection)
			ActiveMQConnectionFactory connections = new ActiveMQConnectionFactory(url);
			connections.setReconnectAttempts(0);
			// no messages buffered in a worker: a partition waits in the queue for whichever worker is free, rather
			// than behind the one under way in a busy worker (the client would otherwise take up to 1 MB of them)
			connections.setConsumerWindowSize(0);
			return new CachingConnectionFactory(connections);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "audit.role", havingValue = "manager")
	static class Manager {

		@Bean
		DirectChannel partitionRequests() {
			return new DirectChannel();
		}

		@Bean
		IntegrationFlow partitionsToBroker(DirectChannel partitionRequests, ConnectionFactory brokerConnections,
				ClusterProperties cluster) {
			return IntegrationFlow.from(partitionRequests)
				.transform(StepExecutionRequest.class, PartitionMessages::text)
				.handle(Jms.outboundAdapter(brokerConnections).destination(cluster.broker().queue()))
				.get();
		}

		@Bean
		PartitionHandler remotePartitions(DirectChannel partitionRequests, JobRepository jobRepository,
				AuditProperties properties, ClusterProperties cluster) {
			MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
			handler.setStepName(PARTITION_STEP);
			handler.setGridSize(properties.workerThreads());
			MessagingTemplate template = new MessagingTemplate();
			template.setDefaultChannel(partitionRequests);
			handler.setMessagingOperations(template);
			handler.setJobRepository(jobRepository);
			handler.setPollInterval(cluster.broker().pollInterval().toMillis());
			return handler;
		}

		/** A broker in the manager's process, at {@code spring.artemis.broker-url}: for one host, or a trial. */
		@Bean(initMethod = "start", destroyMethod = "stop")
		@ConditionalOnBooleanProperty("audit.broker.embedded")
		EmbeddedActiveMQ embeddedBroker(@Value("${spring.artemis.broker-url}") String url) throws Exception {
			URI address = URI.create(url);
			ConfigurationImpl configuration = new ConfigurationImpl();
			configuration.setPersistenceEnabled(false);
			configuration.setSecurityEnabled(false);
			// a partition that kills every worker it is given is set aside after ten tries, where an operator can
			// see it, rather than dropped; partitions never expire
			configuration.addAddressSetting("#",
					new AddressSettings().setDeadLetterAddress(SimpleString.of("filing-audit.dead"))
						.setAutoCreateDeadLetterResources(true)
						.setExpiryAddress(SimpleString.of("filing-audit.expired")));
			configuration.addAcceptorConfiguration(new TransportConfiguration(NettyAcceptorFactory.class.getName(),
					Map.of("host", address.getHost(), "port", address.getPort())));
			EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
			broker.setConfiguration(configuration);
			return broker;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "audit.role", havingValue = "worker")
	static class Worker {

		@Bean
		IntegrationFlow partitionsFromBroker(ConnectionFactory brokerConnections, JobRepository jobRepository,
				@Qualifier("auditFileStep") Step auditFileStep, AuditProperties properties, ClusterProperties cluster) {
			StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
			handler.setJobRepository(jobRepository);
			handler.setStepLocator(name -> {
				if (!PARTITION_STEP.equals(name)) {
					throw new IllegalArgumentException("no step " + name + " here");
				}
				return auditFileStep;
			});
			return IntegrationFlow
				.from(Jms.messageDrivenChannelAdapter(brokerConnections)
					.destination(cluster.broker().queue())
					.configureListenerContainer(container -> container.sessionTransacted(true)
						.concurrentConsumers(properties.workerThreads())
						.backOff(brokerBackOff())))
				.transform(String.class, PartitionMessages::request)
				.handle(StepExecutionRequest.class, (request, headers) -> {
					if (ended(jobRepository, request)) {
						return null;
					}
					handler.handle(request);
					return null;
				})
				.get();
		}

		/** A worker waiting for its broker tries again after 1 s, then less and less often, at least once a minute. */
		private static BackOff brokerBackOff() {
			ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2);
			backOff.setMaxInterval(60_000);
			return backOff;
		}

		/**
		 * A partition whose acknowledgement was lost (the broker went away as the worker committed it) comes again
		 * after it ended: it is not executed twice.
		 */
		private static boolean ended(JobRepository jobRepository, StepExecutionRequest request) {
			StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
			if (execution == null || execution.getStatus().isRunning()) {
				return false;
			}
			log.info("Partition {} ({}) ended already ({}): not executed again", execution.getStepName(),
					execution.getId(), execution.getStatus());
			return true;
		}

	}

}
