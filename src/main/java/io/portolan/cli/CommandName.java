package io.portolan.cli;

/**
 * The command a user types to run Portolan, for help and advice: {@code portolan} where the installed launcher
 * says so, {@code java -jar portolan.jar} where nothing does. The installed {@code /usr/bin/portolan} is a script that
 * sets {@value #ENVIRONMENT}; a native launcher can pass {@code -D}{@value #PROPERTY} instead.
 */
public final class CommandName {

    /** The system property that names the command; it wins over the environment variable. */
    public static final String PROPERTY = "portolan.command";
    /** The environment variable that names the command. */
    public static final String ENVIRONMENT = "PORTOLAN_COMMAND";
    /** What a user runs where no launcher names the command: the one-jar build. */
    public static final String JAR = "java -jar portolan.jar";

    private CommandName() {
    }

    /** The command that started this process. */
    public static String current() {
        return of(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    /**
     * The command named by the property, else by the environment variable, else {@link #JAR}; a blank one, or one
     * holding a control character, counts as none.
     *
     * @param property the system property's value, or null
     * @param environment the environment variable's value, or null
     */
    static String of(String property, String environment) {
        if (usable(property)) {
            return property.strip();
        }
        return usable(environment) ? environment.strip() : JAR;
    }

    private static boolean usable(String name) {
        return name != null && !name.isBlank() && name.chars().noneMatch(Character::isISOControl);
    }
}
