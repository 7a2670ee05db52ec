package dev.jbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoNamesTest {

    static BenchmarkInfo b(String cls, String method) {
        return new BenchmarkInfo(cls + "." + method, cls, false, 1, Map.of());
    }

    @Test
    void stemDropsBenchmarkAffixes() {
        assertThat(GoNames.stem("SortBenchmark")).isEqualTo("Sort");
        assertThat(GoNames.stem("SortBenchmarks")).isEqualTo("Sort");
        assertThat(GoNames.stem("MapBench")).isEqualTo("Map");
        assertThat(GoNames.stem("BenchmarkJson")).isEqualTo("Json");
        assertThat(GoNames.stem("Benchmark")).isEqualTo("Benchmark");
        assertThat(GoNames.stem("fib")).isEqualTo("Fib");
    }

    @Test
    void methodNamedLikeTheStemIsTheBenchmarkItselfOtherwiseASubLevel() {
        BenchmarkInfo sort = b("p.SortBenchmark", "sort");
        BenchmarkInfo plus = b("p.Concat", "plusEquals");
        GoNames n = new GoNames(List.of(sort, plus));
        assertThat(n.base(sort)).isEqualTo("BenchmarkSort");
        assertThat(n.base(plus)).isEqualTo("BenchmarkConcat/plusEquals");
    }

    @Test
    void paramsInGivenOrderCpuSuffixUnlessOne() {
        BenchmarkInfo sort = b("p.SortBenchmark", "sort");
        GoNames n = new GoNames(List.of(sort));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("size", "100");
        params.put("order", "a b/c");
        assertThat(n.full(sort, params, 2)).isEqualTo("BenchmarkSort/size=100/order=a_b_c-2");
        assertThat(n.full(sort, params, 1)).isEqualTo("BenchmarkSort/size=100/order=a_b_c");
    }

    @Test
    void collidingSimpleNamesAreQualifiedWithTheirPackage() {
        BenchmarkInfo a = b("com.a.Sort", "sort");
        BenchmarkInfo c = b("com.c.SortBench", "sort");
        BenchmarkInfo other = b("com.a.Fib", "fib");
        GoNames n = new GoNames(List.of(a, c, other));
        assertThat(n.base(a)).isEqualTo("BenchmarkCom_a_Sort");
        assertThat(n.base(c)).isEqualTo("BenchmarkCom_c_Sort");
        assertThat(n.base(other)).isEqualTo("BenchmarkFib");
    }

    @Test
    void planExpandsParamsInDeclarationOrderWithCpuInnermost() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("size", List.of("100", "1000"));
        params.put("order", List.of("random"));
        BenchmarkInfo sort = new BenchmarkInfo("p.SortBenchmark.sort", "p.SortBenchmark", false, 1, params);
        BenchmarkInfo par = new BenchmarkInfo("p.Cache.get", "p.Cache", true, 1, Map.of());
        Catalog cat = new Catalog(List.of(sort, par), "jvm", "1.37", 2, List.of(), List.of());
        List<BenchCase> cases = Plan.select(cat, BenchPattern.compile("."), List.of(1, 4));
        assertThat(cases).extracting(BenchCase::name).containsExactly(
                "BenchmarkSort/size=100/order=random", "BenchmarkSort/size=100/order=random-4",
                "BenchmarkSort/size=1000/order=random", "BenchmarkSort/size=1000/order=random-4",
                "BenchmarkCache/get", "BenchmarkCache/get-4");
        assertThat(cases).extracting(BenchCase::threads).containsExactly(1, 1, 1, 1, 1, 4);
    }
}
