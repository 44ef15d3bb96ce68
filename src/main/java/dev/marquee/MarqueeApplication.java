package dev.marquee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// No user-details service: Marquee authenticates API keys, never users with passwords, and must not log a
// generated default password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class MarqueeApplication {

	public static void main(String[] args) {
		SpringApplication.run(MarqueeApplication.class, args);
	}

}
