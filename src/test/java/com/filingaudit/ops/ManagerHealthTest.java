package com.filingaudit.ops;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.filingaudit.FilingAuditApplication;
import com.filingaudit.desk.DeskService;

/** A manager's health names its broker: {@code jms}, UP while the broker answers. */
@SpringBootTest(classes = FilingAuditApplication.class)
@AutoConfigureMockMvc
class ManagerHealthTest {

	@TempDir
	static Path root;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void manager(DynamicPropertyRegistry registry) throws IOException {
		DeskService.register(registry, root);
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		registry.add("audit.role", () -> "manager");
		registry.add("audit.broker.embedded", () -> "true");
		registry.add("spring.artemis.broker-url", () -> "tcp://127.0.0.1:" + port);
	}

	@Test
	void aManagersHealthShowsItsBroker() throws Exception {
		mvc.perform(get("/actuator/health").with(user("a").roles("ANALYST")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.jms.status").value("UP"))
			.andExpect(jsonPath("$.components.jms.details.provider").value("ActiveMQ"));
	}

}
