package app.tandem.security;

import app.tandem.user.ApiTokenService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The REST API's own filter chain, ahead of Vaadin's: personal access tokens instead of the login
 * page, no session, no CSRF token (nothing is sent by a browser on its own), and JSON errors. The
 * OpenAPI description and its browsable page are open to read.
 */
@Configuration
@ConditionalOnWebApplication
public class ApiSecurityConfig {
    static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
        String[] matched = new String[DOCS.length + 1];
        matched[0] = "/api/**";
        System.arraycopy(DOCS, 0, matched, 1, DOCS.length);
        http.securityMatcher(matched)
                .authorizeHttpRequests(a -> a.requestMatchers(DOCS).permitAll().anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .requestCache(r -> r.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> JsonErrors.write(res, HttpServletResponse.SC_UNAUTHORIZED,
                                "send a personal access token: Authorization: Bearer TOKEN"))
                        .accessDeniedHandler((req, res, ex) -> JsonErrors.write(res, HttpServletResponse.SC_FORBIDDEN, ex.getMessage())));
        return http.build();
    }
}
