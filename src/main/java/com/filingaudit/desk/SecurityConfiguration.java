package com.filingaudit.desk;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may see and do what at the desk. Every page but the sign-in page and the static files needs a signed-in user;
 * uploads, deletions and runs need an analyst; users and the audit log an admin. Forms carry a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/**
	 * Pages load only the desk's own files: no inline script, no framing (clickjacking), no other origins. htmx is
	 * told not to inject its inline indicator styles (see the layout's htmx-config).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain deskSecurity(HttpSecurity http, SessionRegistry sessions) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/desk.css", "/desk.js", "/webjars/**", "/favicon.ico").permitAll()
			.requestMatchers("/users", "/users/**", "/log").hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/input", "/input/**", "/runs", "/people", "/people/**")
				.hasRole(Role.ANALYST.name())
			.anyRequest().authenticated())
			.requestCache(cache -> cache.requestCache(pagesOnly()))
			.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			// every session is registered (no limit on their number), so that DeskSessions can end an account's sessions
			.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
				.expiredUrl("/login?ended"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	/**
	 * After sign-in the user lands on the page they asked for, never on the error page: a browser's request for a
	 * missing file (its favicon) ends on /error, which needs a user too, and must not be remembered as the page asked
	 * for.
	 */
	private static HttpSessionRequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
				&& !"/error".equals(request.getServletPath()) && !"/favicon.ico".equals(request.getServletPath()));
		return cache;
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name()).implies(Role.ANALYST.name())
			.role(Role.ANALYST.name()).implies(Role.VIEWER.name())
			.build();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the registry of sessions that ended (sign-out, timeout), so that it forgets them. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	DeskSessions deskSessions(SessionRegistry sessions) {
		return new DeskSessions(sessions);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SignInThrottle signInThrottle(DeskProperties desk, Clock clock) {
		return new SignInThrottle(desk.failedSignIns(), desk.signInWindow(), clock);
	}

	@Bean
	AuthenticationProvider deskSignIn(DeskUsers users, PasswordEncoder encoder, SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
		passwords.setPasswordEncoder(encoder);
		// the account's state is checked after its password: a wrong password on a disabled account must not tell
		// that it is disabled (nor that it exists)
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return new ThrottledSignIn(passwords, throttle);
	}

}
