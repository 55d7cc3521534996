package vn.vbtrace.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.vbtrace.security.LocalToken;
import vn.vbtrace.security.Role;
import vn.vbtrace.security.UserStore;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.VbtraceProperties;

import java.nio.file.Path;
import java.util.Set;

/**
 * Who may do what over HTTP.
 * <ul>
 *   <li>Reads (GET, and POST /api/check, which stores nothing): any signed-in user; without a login too when
 *       {@code vbtrace.security.anonymous-read} is on (the default) and the client is on this machine.</li>
 *   <li>Writes (any other method on /api/**: uploads, staff status records, re-extraction): editor or admin.</li>
 *   <li>/api/users: admin.</li>
 * </ul>
 * Signing in: the login page (a session cookie) or HTTP Basic on each request (scripts), or the data folder's
 * local token from this machine (the CLI). A browser session's writes carry the CSRF token (a cookie the pages'
 * scripts send back as a header), and no write is taken from a page of another origin ({@link SameOrigin}).
 */
@Configuration
@EnableWebSecurity
class WebSecurity {

    private static final Logger log = LoggerFactory.getLogger(WebSecurity.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** No inline script or style, no plug-ins, no framing, forms only to this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecuritySettings securitySettings(VbtraceProperties settings) {
        VbtraceProperties.Security security = settings.security();
        return SecuritySettings.parse(security.anonymousRead(), security.anonymousReadNetworks(), security.allowedOrigins());
    }

    /** The data folder's users; on first start with none, an admin whose random password is shown once, here. */
    @Bean
    UserStore userStore(VbtraceProperties settings) {
        Path data = settings.data();
        UserStore users = new UserStore(new DataFolder(data).users());
        users.addFirstAdminIfNone().ifPresent(password -> log.warn("""

                ================================================================================
                Tài khoản quản trị đầu tiên / first administrator account:
                    tên (name): {}    mật khẩu (password): {}
                Mật khẩu chỉ hiện một lần. Đổi: java -jar target/vbtrace.jar users password {} --data {}
                ================================================================================""",
                UserStore.FIRST_ADMIN, password, UserStore.FIRST_ADMIN, data));
        return users;
    }

    @Bean
    LocalToken localToken(VbtraceProperties settings) {
        return LocalToken.readOrCreate(new DataFolder(settings.data()).localToken());
    }

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
        return name -> users.find(name)
                .map(u -> User.withUsername(u.name()).password(u.passwordHash()).roles(u.role().name()).build())
                .orElseThrow(() -> new UsernameNotFoundException(name));
    }

    @Bean
    PasswordEncoder passwordEncoder(UserStore users) {
        return users.encoder();
    }

    /** admin ⊃ editor ⊃ viewer. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.EDITOR.name())
                .role(Role.EDITOR.name()).implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SecuritySettings settings, LocalToken token, RoleHierarchy roles) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> read = readAccess(settings, roles);
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/login.html", "/error", "/api/health", "/api/me",
                                "/*.css", "/*.js", "/favicon.ico").permitAll()
                        .requestMatchers("/api/users", "/api/users/**").hasRole(Role.ADMIN.name())
                        // Re-deriving every document is the whole repository's work: the admin's (the local token holds it).
                        .requestMatchers(HttpMethod.POST, "/api/reextract").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/ingest").hasAuthority(LocalTokenFilter.LOCAL_OWNER)
                        .requestMatchers(HttpMethod.POST, "/api/check").access(read)
                        .requestMatchers(HttpMethod.GET, "/**").access(read)
                        .requestMatchers(HttpMethod.HEAD, "/**").access(read)
                        .anyRequest().hasRole(Role.EDITOR.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint).realmName("vbtrace"))
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login").failureUrl("/login?error")
                        .successHandler(new NextPageAfterLogin()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new BrowserCsrfTokens())
                        .requireCsrfProtectionMatcher(WebSecurity::isBrowserSessionWrite))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new SameOrigin(settings), CsrfFilter.class)
                .addFilterBefore(new LocalTokenFilter(token), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * A signed-in user of any role; or, when anonymous reads are on, anybody whose address is in the
     * anonymous-read networks (by default this machine).
     */
    private static AuthorizationManager<RequestAuthorizationContext> readAccess(SecuritySettings settings, RoleHierarchy roles) {
        AuthorityAuthorizationManager<RequestAuthorizationContext> viewer = AuthorityAuthorizationManager.hasRole(Role.VIEWER.name());
        viewer.setRoleHierarchy(roles);
        AuthorizationManager<RequestAuthorizationContext> anonymousLocal = (authentication, context) -> new AuthorizationDecision(
                settings.anonymousRead() && ClientAddress.isIn(context.getRequest(), settings.anonymousReadNetworks()));
        return AuthorizationManagers.anyOf(viewer, anonymousLocal);
    }

    /**
     * CSRF tokens guard what a browser sends with its credentials attached by itself: writes in a session
     * (the session cookie), and signing in and out. A script that sends HTTP Basic or the local token on each
     * request, or nothing at all, has no session a foreign page could ride on (and a foreign page's write is
     * refused by its Origin in any case).
     */
    private static boolean isBrowserSessionWrite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI();
        if (path.equals("/login") || path.equals("/logout")) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("JSESSIONID".equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return request.getRequestedSessionId() != null;
    }
}
