package app.tandem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Minimal option parsing shared by the commands: {@code --name value}, {@code --flag}, positionals. */
final class Args {
    private final List<String> positional = new ArrayList<>();
    private final java.util.Map<String, String> options = new java.util.HashMap<>();

    Args(List<String> args, List<String> valueOptions, List<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name)) {
                    options.put(name, "true");
                } else if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    options.put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                positional.add(a);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    String option(String name) {
        return options.get(name);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    static Path existingFile(String name) {
        Path p = Path.of(name);
        if (!Files.isRegularFile(p)) {
            throw new UsageException(name + ": no such file");
        }
        return p;
    }
}
