package dev.jbench.harness.profile;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Parameter values that would escape -outputdir or break a file name if used as they are. */
@State(Scope.Benchmark)
public class NastyNames {

    @Param({"../../../escaped", "/abs/x:y z\\..\\w"})
    String where;

    @Benchmark
    public int length() {
        return where.length();
    }
}
