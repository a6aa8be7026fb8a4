package de.debitum.ui.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import de.debitum.ui.view.LoginView;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Form login against the hub; every view but the login view needs a signed-in user. */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
        http.formLogin(form -> form.failureHandler((request, response, exception) -> {
            // A hub that is down is not a wrong password: the login view tells the two apart.
            String target = exception instanceof AuthenticationServiceException
                    ? "/login?error=unavailable"
                    : "/login?error";
            new SimpleUrlAuthenticationFailureHandler(target).onAuthenticationFailure(request, response, exception);
        }));
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof HubSession session) {
                session.clear();
            }
        }));
    }
}
