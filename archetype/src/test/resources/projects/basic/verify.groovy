// The archetype's integration test, after `mvn verify` of the generated project passed:
// (1) a smoke run of the project's own ./jbench launcher;
// (2) `mvn verify -Pbench` twice against a recorded baseline: once after slowing the benchmark down on purpose
//     (it must fail, printing the comparison), once with the original code (it must pass).

// basedir is this IT's folder; the archetype generated the project under project/<artifactId>.
def dir = new File(basedir.toString(), 'project/mybench')

def run = { List<String> cmd ->
    def proc = cmd.execute(null, dir)
    def text = new StringBuffer()
    proc.consumeProcessOutput(text, text)
    proc.waitFor()
    println "\$ ${cmd.join(' ')}  (exit ${proc.exitValue()})"
    println text
    return [proc.exitValue(), text.toString()]
}

def (smokeStatus, smoke) = run(['./jbench', '-bench=.', '-benchtime=100x', '-benchmem'])
assert smokeStatus == 0 : "./jbench failed"
assert smoke =~ /(?m)^BenchmarkFnvHash\/bytes\/size=64-\d+\s+100\s/ : "no FnvHash result line"
assert smoke =~ /(?m)^PASS$/

// Small, fast settings: one benchmark, enough samples for the U test to detect a large change.
def bench = ['mvn', '-B', '-ntp', 'verify', '-Pbench', '-Djbench.bench=FnvHash/bytes/size=64', '-Djbench.count=5',
             '-Djbench.benchtime=20ms']

def (baseStatus, base) = run(bench + ['-Djbench.updateBaseline=true'])
assert baseStatus == 0 : "recording the baseline failed"
assert new File(dir, 'jbench-baseline.txt').text.contains('BenchmarkFnvHash/bytes/size=64-')

// Slow the benchmark down on purpose: it now hashes its input 8 times per operation.
def source = dir.toPath().resolve('src/main/java/com/example/bench/FnvHashBenchmark.java').toFile()
def original = source.text
source.text = original.replace('return Fnv.hash(bytes);',
        'int h = 0; for (int i = 0; i < 8; i++) { h += Fnv.hash(bytes); } return h;')
assert source.text != original

def (slowStatus, slow) = run(bench)
assert slowStatus != 0 : "-Pbench passed although the benchmark became 8 times slower"
assert slow.contains('vs base') : "the comparison table was not printed"
assert slow.contains('significant regression')

// The original code passes (threshold 50%: this shared machine's noise episodes alone can move medians by 40%).
source.text = original
def (sameStatus, same) = run(bench + ['-Djbench.threshold=50%'])
assert sameStatus == 0 : "-Pbench failed with unchanged code"
assert same.contains('vs base')
return true
