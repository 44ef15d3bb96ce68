package dev.marquee;

import dev.marquee.imports.cli.ImportsCommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// No user-details service: Marquee authenticates API keys, never users with passwords, and must not log a
// generated default password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class MarqueeApplication {

	public static void main(String[] args) {
		if (ImportsCommandLine.handles(args)) {
			// "import imdb ..." / "generate imdb ...": a command that runs and exits, no
			// web server
			System.exit(ImportsCommandLine.run(args, MarqueeApplication.class));
		}
		SpringApplication.run(MarqueeApplication.class, args);
	}

}
