package com.filingaudit.ops;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.remind.Reminders;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.HolidayCalendar;
import com.filingaudit.store.DeskReads;
import com.filingaudit.system.AuditProperties;

/**
 * Operations: Actuator's health, info and Prometheus endpoints, behind the desk's sign-in (analysts and admins) but for
 * the liveness probe. Service mode only: a one-shot run starts no web server, so it has nothing to serve them on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(OpsProperties.class)
class OpsConfiguration {

	/** Analysts and admins (the role hierarchy): the details name folders, failures and counts viewers need not see. */
	static final String ROLE = "ANALYST";

	@Bean
	FoldersHealth foldersHealthIndicator(AuditProperties audit) {
		return new FoldersHealth(audit.inputDir(), audit.reportsDir());
	}

	@Bean
	LastRunHealth lastRunHealthIndicator(DeskReads reads, AuditLauncher launcher, OpsProperties ops) {
		return new LastRunHealth(reads, launcher, ops.lastRunStaleAfter());
	}

	@Bean
	AuditInfo auditInfoContributor(Catalog catalog, HolidayCalendar calendar) {
		return new AuditInfo(catalog, calendar);
	}

	@Bean
	RunMetrics runMetrics(DeskReads reads, Reminders reminders) {
		return new RunMetrics(reads, reminders);
	}

	/**
	 * Ahead of the desk's chain, which takes every other request. Signed in through the desk's form (the same
	 * session), or with HTTP Basic for a scraper that cannot fill in a form; both check the desk's users through the
	 * same throttled sign-in. Not signed in: to the sign-in page, as for any page. Sessions are the desk's registry's,
	 * so that one ended by an admin ends here too.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain opsSecurity(HttpSecurity http, SessionRegistry sessions,
			@Value("${management.endpoints.web.base-path:/actuator}") String basePath) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, basePath + "/health/liveness").permitAll()
				.anyRequest().hasRole(ROLE))
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(signInPage()))
			.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
				.expiredUrl("/login?ended"));
		return http.build();
	}

	private static LoginUrlAuthenticationEntryPoint signInPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

}
