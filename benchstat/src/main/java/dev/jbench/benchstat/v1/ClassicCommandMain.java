package dev.jbench.benchstat.v1;

/** Runs {@link ClassicCommand} as a program (for conformance scripts): {@code java ... ClassicCommandMain args}. */
public final class ClassicCommandMain {

    private ClassicCommandMain() {
    }

    public static void main(String[] args) {
        System.exit(ClassicCommand.run(args, System.out, System.err, System.in));
    }
}
