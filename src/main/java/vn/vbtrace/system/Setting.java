package vn.vbtrace.system;

/** A setting given as a system property ({@code -Dvbtrace.graph.uri=...}) or else an environment variable. */
final class Setting {

    private Setting() {
    }

    /** The property's value if set, else the environment variable's; null when neither is. */
    static String of(String property, String environment) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(environment);
    }

    /** The value, stripped; null when unset or blank. */
    static String given(String property, String environment) {
        String value = of(property, environment);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
